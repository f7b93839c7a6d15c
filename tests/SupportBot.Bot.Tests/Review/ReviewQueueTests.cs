using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Analytics.Review;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Bot.Tests.Review;

/// <summary>
/// Issue 17, part 3: messages the bot did not understand, played through the real <c>/api/messages</c> into SQLite, reach
/// the operator's review queue grouped by what they say; labels are checked against the place; the export is training lines.
/// </summary>
public sealed partial class ReviewQueueTests : BotWithChannelTest
{
    [Fact]
    public async Task ParaphrasesAreGroupedTogetherDifferentThingsApartMostFrequentFirst()
    {
        using var console = await PlayAsync();

        var groups = await Queue().GroupsAsync(CancellationToken.None);

        Assert.Equal([3, 2, 1], groups.Select(group => group.Count).Take(3));
        var account = groups[0];
        Assert.Equal("アカウントがおかしい", account.Representative);
        Assert.Equal(ReviewPlaces.MainKind, account.PlaceKind);
        Assert.Equal(SymptomLabels.All, account.Labels);
        Assert.Equal(["アカウントがおかしい", "アカウントがおかしいです"], account.Variants.Select(variant => variant.Text));
        Assert.Contains(account.Guesses, guess => guess.Value == SymptomLabels.ForgotEmail);
        var nullpo = groups[1];
        Assert.Equal(ReviewPlaces.QuestionKind, nullpo.PlaceKind);
        Assert.Equal(AnswerKinds.All, nullpo.Labels);
        Assert.Equal("password.ask_email_known", Assert.Single(nullpo.Places).Value);
        Assert.All(nullpo.Examples, text => Assert.StartsWith("ぬるぽ", text, StringComparison.Ordinal));
        Assert.Contains(groups.Skip(2), group => group.Representative == "あのー" && group.Count == 1);
        Assert.Equal(6, groups.Sum(group => group.Count));
    }

    [Fact]
    public async Task ALabelThatIsNotValidAtTheItemsPlaceIsRefusedWithTheReasonAndTheValidLabels()
    {
        using var console = await PlayAsync();
        var account = (await Queue().GroupsAsync(CancellationToken.None))[0];

        using var answerKindAtMain = await console.PostAsync("admin/review/label", new { ids = account.ItemIds, label = AnswerKinds.Yes });
        using var nonsense = await console.PostAsync("admin/review/label", new { ids = account.ItemIds, label = "forgot_everything" });

        foreach (var refused in new[] { answerKindAtMain, nonsense })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(nameof(ReviewRefusal.InvalidLabel), problem.RootElement.GetProperty("reason").GetString());
            Assert.Equal(SymptomLabels.All, problem.RootElement.GetProperty("validLabels").EnumerateArray().Select(label => label.GetString()));
            Assert.Contains("forgot_email", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(6, (await Queries().ReviewItemsAsync(ReviewItem.Open, 100, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ItemsFromTheFirstQuestionAndFromAnAnswerAreNotLabelledTogether()
    {
        using var console = await PlayAsync();
        var groups = await Queue().GroupsAsync(CancellationToken.None);

        using var mixed = await console.PostAsync("admin/review/label", new { ids = groups[0].ItemIds.Concat(groups[1].ItemIds), label = SymptomLabels.ForgotEmail });
        using var unknown = await console.PostAsync("admin/review/dismiss", new { ids = new[] { "no-such-item" } });

        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Contains(nameof(ReviewRefusal.MixedPlaces), await mixed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains(nameof(ReviewRefusal.UnknownItems), await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabelledLinesAreExportedPerModelInExactlyTheTrainingFilesFormat()
    {
        using var console = await PlayAsync();
        await console.AnswerAsync("ぬるぽ 090-3456-7812");
        await console.FlushAsync();
        var groups = await Queue().GroupsAsync(CancellationToken.None);
        var account = groups.Single(group => group.Representative == "アカウントがおかしい");
        var nullpo = groups.Single(group => group.Representative.StartsWith("ぬるぽ", StringComparison.Ordinal));
        var um = groups.Single(group => group.Representative == "あのー");

        using var labelled = await console.PostAsync("admin/review/label", new { ids = account.ItemIds, label = SymptomLabels.ForgotEmail });
        using var answered = await console.PostAsync("admin/review/label", new { ids = nullpo.ItemIds, label = AnswerKinds.Other });
        using var dismissed = await console.PostAsync("admin/review/dismiss", new { ids = um.ItemIds });
        Assert.Equal(HttpStatusCode.OK, labelled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);

        var symptom = Lines(await console.ExportAsync(TextModels.Symptom));
        var answer = Lines(await console.ExportAsync(TextModels.Answer));

        // One line per utterance: the two identical messages are one line.
        Assert.Equal(
            [TrainingLines.Format("アカウントがおかしい", "forgot_email"), TrainingLines.Format("アカウントがおかしいです", "forgot_email")],
            symptom.Order(StringComparer.Ordinal));
        Assert.Equal(3, answer.Count);
        Assert.Contains(TrainingLines.Format("ぬるぽ", "other"), answer);
        Assert.Contains(TrainingLines.Format("ぬるぽ [redacted:phone]", "other"), answer); // the redacted number stays redacted
        Assert.DoesNotContain(symptom.Concat(answer), line => line.Contains("あのー", StringComparison.Ordinal) || line.Contains("3456", StringComparison.Ordinal));
        foreach (var line in symptom.Concat(answer))
        {
            Assert.Matches(TrainingLine(), line);
            using var parsed = JsonDocument.Parse(line);
            Assert.Equal(["text", "label"], parsed.RootElement.EnumerateObject().Select(property => property.Name));
            Assert.Equal(line, TrainingLines.Format(parsed.RootElement.GetProperty("text").GetString()!, parsed.RootElement.GetProperty("label").GetString()!));
        }

        // The real training files are written the same way, line for line.
        var training = await File.ReadAllLinesAsync(Path.Combine(ContentFolder.Find(), "Classifier", "train.jsonl"));
        Assert.All(training.Take(50), line => Assert.Matches(TrainingLine(), line));
        Assert.Empty(await Queries().ReviewItemsAsync(ReviewItem.Open, 100, CancellationToken.None));
    }

    [Fact]
    public async Task ThePageShowsTheGroupsWithTheirLabelsAndAFormLabelsAGroupOrShowsWhyNot()
    {
        using var console = await PlayAsync();
        var http = console.Http;

        // Razor encodes Japanese as character references; a browser shows the text.
        var page = WebUtility.HtmlDecode(await http.GetStringAsync(new Uri("admin/review?lang=en", UriKind.Relative)));
        Assert.Contains("アカウントがおかしい", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"forgot_email\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"no_code\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/review/export/symptom.jsonl\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/review/export/answer.jsonl\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        var token = FormToken().Match(page).Groups[1].Value;
        var account = (await Queue().GroupsAsync(CancellationToken.None))[0];
        var ids = string.Join(' ', account.ItemIds);

        using var refused = await http.PostAsync(
            new Uri("admin/review?handler=Label&lang=en", UriKind.Relative),
            new FormUrlEncodedContent([new("ids", ids), new("label", "thanks"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"thanks\" is not a label for this place", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var done = await http.PostAsync(
            new Uri("admin/review?handler=Label&lang=en", UriKind.Relative),
            new FormUrlEncodedContent([new("ids", ids), new("label", "forgot_email"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = WebUtility.HtmlDecode(await http.GetStringAsync(new Uri(done.Headers.Location!.OriginalString.TrimStart('/'), UriKind.Relative)));
        Assert.Contains("Labelled 3 messages.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("アカウントがおかしい", after, StringComparison.Ordinal);
    }

    /// <summary>
    /// At "what is wrong?": 「アカウントがおかしい」 twice and once with です, and 「あのー」; at the password flow's first
    /// question: 「ぬるぽ」 and 「ぬるぽです」. All of them the bot does not understand.
    /// </summary>
    private async Task<ReviewConsole> PlayAsync()
    {
        var console = new ReviewConsole(Bot, Sink);
        foreach (var text in new[] { "アカウントがおかしい", "あのー", "アカウントがおかしいです", "アカウントがおかしい" })
        {
            await console.SayFirstAsync(text);
        }

        await console.AnswerAsync("ぬるぽ");
        await console.AnswerAsync("ぬるぽです");
        await console.FlushAsync();
        return console;
    }

    private static List<string> Lines(string body)
    {
        Assert.EndsWith("\n", body, StringComparison.Ordinal);
        return [.. body.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private ReviewQueue Queue() => Bot.Services.GetRequiredService<ReviewQueue>();

    private ConversationFactsQueries Queries() => Bot.Services.GetRequiredService<ConversationFactsQueries>();

    [GeneratedRegex("^\\{\"text\": \"([^\"\\\\]|\\\\.)+\", \"label\": \"[a-z_]+\"\\}$")]
    private static partial Regex TrainingLine();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
