using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupportBot.Bot.Analytics.Review;
using SupportBot.Bot.Console.Access;

namespace SupportBot.Bot.Console.Pages.Review;

/// <summary>
/// <c>/admin/review</c>: the open review items in groups, most frequent first, each with a label choice valid at its
/// place, Label and Dismiss; a refused decision is shown with its reason (status 400), a done one returns to the queue.
/// </summary>
public sealed class IndexModel(ReviewQueue queue, ReviewTexts texts) : PageModel
{
    /// <summary>A group shows this many of its texts, each with a box to leave it out; the rest go with the group.</summary>
    public const int ShownVariants = 20;

    public IReadOnlyList<ReviewGroup> Groups { get; private set; } = [];

    public bool Available => queue.Available;

    /// <summary>Why the last decision was refused, or what it did.</summary>
    public string? Notice { get; private set; }

    public bool Refused { get; private set; }

    public string Language => SignInTexts.LanguageOf(Request);

    public string Text(string key) => texts.Get(Language, key);

    public string LabelName(string label) => texts.LabelName(Language, label);

    public string More(int count) => texts.Counted(Language, "moreVariants", count);

    public async Task OnGetAsync(string? done, int? count)
    {
        if (done is "labelled" or "dismissed" && count is { } changed)
        {
            Notice = texts.Counted(Language, done, changed);
        }

        await LoadAsync();
    }

    public Task<IActionResult> OnPostLabelAsync(string[] ids, string? label) =>
        DecideAsync(queue.LabelAsync(Split(ids), label, HttpContext.RequestAborted), "labelled", label);

    public Task<IActionResult> OnPostDismissAsync(string[] ids) =>
        DecideAsync(queue.DismissAsync(Split(ids), HttpContext.RequestAborted), "dismissed", null);

    /// <summary>Each box stands for the items of one text, their ids separated by spaces.</summary>
    private static List<string> Split(string[] ids) =>
        ids.SelectMany(value => value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private async Task<IActionResult> DecideAsync(Task<ReviewDecision> deciding, string done, string? label)
    {
        var decision = await deciding;
        if (!decision.Refused)
        {
            return RedirectToPage(new { lang = Request.Query["lang"].ToString() is { Length: > 0 } lang ? lang : null, done, count = decision.Changed });
        }

        Refused = true;
        Notice = texts.Refusal(Language, decision, label);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Groups = queue.Available ? await queue.GroupsAsync(HttpContext.RequestAborted) : [];
    }
}
