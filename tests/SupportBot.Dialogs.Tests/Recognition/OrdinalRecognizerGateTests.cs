using System.Text.Json;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class OrdinalRecognizerGateTests
{
    [Theory]
    [InlineData("２番", true)]
    [InlineData("二つ目", true)]
    [InlineData("second", true)]
    [InlineData("the last one", true)]
    [InlineData("1ダース", true)]
    [InlineData("できました", false)]
    [InlineData("パスワードを忘れた", false)]
    [InlineData("はい", false)]
    public void MayContainNumeral_SaysWhetherTheModelsCouldFindAnything(string text, bool expected)
        => Assert.Equal(expected, OrdinalRecognizer.MayContainNumeral(text));

    [Fact]
    public void SkippingTheModelsNeverChangesWhatIsRecognisedInAnyContentTextOrUtterance()
    {
        var texts = ContentStrings()
            .Concat(["二番目", "3つ目", "第三", "最後", "最後から二番目", "いちばん下", "ひとつめ", "三", "the second one", "last", "one", "ダース", "半分"])
            .Where(t => t.Length <= 120)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var differences = texts
            .Where(t => OrdinalRecognizer.Recognize(t, 4) != OrdinalRecognizer.RecognizeWithoutGate(t, 4))
            .ToList();

        Assert.True(texts.Count > 200, $"only {texts.Count} texts were checked");
        Assert.Empty(differences);
    }

    private static IEnumerable<string> ContentStrings()
    {
        var assembly = typeof(OrdinalRecognizer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal) || n.EndsWith(".jsonl", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var content = reader.ReadToEnd();
            var documents = name.EndsWith(".jsonl", StringComparison.Ordinal)
                ? content.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                : [content];
            foreach (var document in documents)
            {
                using var json = JsonDocument.Parse(document);
                foreach (var text in StringsIn(json.RootElement))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<string> StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsIn).ToList(),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsIn(p.Value)).ToList(),
        _ => [],
    };
}
