namespace SupportBot.Deploy.Tests.Teams;

public sealed class TeamsIconTests
{
    private static PngImage Icon(string name) =>
        PngImage.Read(File.ReadAllBytes(BuildSettings.InRepository("deploy", "teams", name)));

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void IconHasTheSizeTeamsRequires(string name, int size)
    {
        var icon = Icon(name);

        Assert.Equal((size, size), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIconIsWhiteOnTransparent()
    {
        var icon = Icon("outline.png");
        Assert.Equal(6, icon.ColorType);

        var pixels = icon.Pixels().ToList();

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void ColorIconIsOpaqueAndUsesTheManifestAccentColour()
    {
        var accent = TeamsManifest.Load().AccentColor;

        var pixels = Icon("color.png").Pixels().ToList();

        Assert.All(pixels, p => Assert.Equal(255, p.A));
        Assert.Contains(pixels, p => $"#{p.R:X2}{p.G:X2}{p.B:X2}" == accent);
    }
}
