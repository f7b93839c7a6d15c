using System.Text;
using SupportBot.Bot.Console;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary><c>/admin/conversations.csv</c>: every matching conversation, RFC 4180, safe to open in a spreadsheet.</summary>
[Collection(PlayedConversationsGroup.Name)]
public sealed class ConversationsCsvTests(PlayedConversations played)
{
    [Fact]
    public async Task TheExportIsAnAttachmentWithAHeaderAndOneRowPerPlayedConversation()
    {
        using var http = await played.ConsoleAsync();
        using var response = await http.GetAsync(new Uri("admin/conversations.csv", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var rows = Csv.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        Assert.Equal(ConversationsCsv.Header, rows[0]);
        Assert.Equal(1 + played.All.Count, rows.Count);
        Assert.Equal(played.All.Select(u => u.ConversationId).Order(StringComparer.Ordinal), rows.Skip(1).Select(row => row[1].TrimStart('\'')).Order(StringComparer.Ordinal));

        var resolved = Assert.Single(rows, row => row[1] == played.Resolved.ConversationId);
        Assert.Equal(["emulator", "ja", "forgot_password", "forgot_password", "resolved", "", "5", "4"], [resolved[0], resolved[4], resolved[5], resolved[7], resolved[8], resolved[9], resolved[10], resolved[11]]);
        var takeover = Assert.Single(rows, row => row[1] == played.Takeover.ConversationId);
        Assert.Equal(["escalated", "takeover"], [takeover[8], takeover[9]]);

        // The hostile id survives the round trip through quoting, behind an apostrophe that keeps it from being a formula.
        Assert.Single(rows, row => row[1] == "'" + PlayedConversations.HostileId);
    }

    [Fact]
    public async Task TheExportTakesTheListsFilters()
    {
        using var http = await played.ConsoleAsync();
        var csv = await http.GetStringAsync(new Uri("admin/conversations.csv?outcome=escalated&symptom=cache_cookie", UriKind.Relative));
        var rows = Csv.Parse(csv.TrimStart('\uFEFF'));

        Assert.Equal(2, rows.Count);
        Assert.Equal(played.AskedForPerson.ConversationId, rows[1][1]);
        Assert.Equal("asked_for_person", rows[1][9]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+81 3", "'+81 3")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void AFieldIsQuotedWhenItMustBeAndNeverStartsAFormula(string? value, string expected) =>
        Assert.Equal(expected, ConversationsCsv.Field(value));

    [Fact]
    public void ALineEndsWithCrLf() => Assert.Equal("a,,\"b,c\"\r\n", ConversationsCsv.Line(["a", null, "b,c"]));
}

/// <summary>An RFC 4180 reader, to read the export back as a spreadsheet would.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && row.Count == 0, "The export must end with CRLF.");
        return rows;
    }
}
