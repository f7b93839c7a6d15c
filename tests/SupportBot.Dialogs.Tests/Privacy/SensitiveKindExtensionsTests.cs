using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

public sealed class SensitiveKindExtensionsTests
{
    [Theory]
    [InlineData(SensitiveKind.Password, true)]
    [InlineData(SensitiveKind.CardNumber, true)]
    [InlineData(SensitiveKind.SecurityCode, true)]
    [InlineData(SensitiveKind.EmailAddress, false)]
    [InlineData(SensitiveKind.PhoneNumber, false)]
    public void IsSecret_OnlyForWhatTheBotWarnsAbout(SensitiveKind kind, bool expected) =>
        Assert.Equal(expected, kind.IsSecret());
}
