using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public class LabelledUtteranceFileTests
{
    [Fact]
    public void Read_SkipsBlankLinesAndKeepsJapanese()
    {
        var file = "{\"text\": \"パスワード忘れた\", \"label\": \"forgot_password\"}\n\n{\"text\": \"hi\", \"label\": \"out_of_scope\"}\n";

        var utterances = LabelledUtteranceFile.Read(new StringReader(file));

        Assert.Equal([new("パスワード忘れた", SymptomLabels.ForgotPassword), new("hi", SymptomLabels.OutOfScope)], utterances);
    }

    [Theory]
    [InlineData("{\"text\": \"hi\", \"label\": \"greeting\"}")]
    [InlineData("{\"text\": \"\", \"label\": \"out_of_scope\"}")]
    [InlineData("{\"label\": \"out_of_scope\"}")]
    [InlineData("not json")]
    public void Read_BadLine_NamesTheLine(string badLine)
    {
        var file = "{\"text\": \"hi\", \"label\": \"out_of_scope\"}\n" + badLine;

        var error = Assert.Throws<InvalidDataException>(() => LabelledUtteranceFile.Read(new StringReader(file)));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }
}
