using System.Text;
using SupportBot.Bot.Console.Access;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Analytics.Review;

/// <summary>
/// The review queue's console endpoints under <c>/admin/review</c> (the page itself is a Razor Page): the groups as JSON,
/// label and dismiss (JSON posts carrying the antiforgery header), and the export, one JSON-lines file per model.
/// </summary>
internal static class ReviewEndpoints
{
    public const string Prefix = "/admin/review";
    public const string SymptomExport = Prefix + "/export/symptom.jsonl";
    public const string AnswerExport = Prefix + "/export/answer.jsonl";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var review = endpoints.MapGroup(Prefix).RequireAuthorization(ConsoleSchemes.OperatorPolicy);
        review.MapGet("/groups.json", GroupsAsync);
        review.MapPost("/label", LabelAsync);
        review.MapPost("/dismiss", DismissAsync);
        review.MapGet("/export/symptom.jsonl", (ReviewQueue queue, HttpContext context) => ExportAsync(queue, TextModels.Symptom, context));
        review.MapGet("/export/answer.jsonl", (ReviewQueue queue, HttpContext context) => ExportAsync(queue, TextModels.Answer, context));
    }

    private static async Task<IResult> GroupsAsync(ReviewQueue queue, CancellationToken cancellationToken) =>
        queue.Available ? Results.Ok(await queue.GroupsAsync(cancellationToken)) : Results.Ok(Array.Empty<ReviewGroup>());

    private static async Task<IResult> LabelAsync(LabelRequest request, ReviewQueue queue, ReviewTexts texts, HttpContext context) =>
        Answer(await queue.LabelAsync(request.Ids ?? [], request.Label, context.RequestAborted), request.Label, texts, context);

    private static async Task<IResult> DismissAsync(DismissRequest request, ReviewQueue queue, ReviewTexts texts, HttpContext context) =>
        Answer(await queue.DismissAsync(request.Ids ?? [], context.RequestAborted), null, texts, context);

    private static IResult Answer(ReviewDecision decision, string? label, ReviewTexts texts, HttpContext context) =>
        decision.Refused
            ? Results.Problem(
                detail: texts.Refusal(SignInTexts.LanguageOf(context.Request), decision, label),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["reason"] = decision.Refusal.ToString(), ["validLabels"] = decision.ValidLabels })
            : Results.Ok(new { changed = decision.Changed });

    private static async Task<IResult> ExportAsync(ReviewQueue queue, string model, HttpContext context)
    {
        var lines = queue.Available ? await queue.ExportAsync(model, context.RequestAborted) : [];
        var body = string.Concat(lines.Select(line => line + "\n"));
        return Results.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(body), "application/jsonl; charset=utf-8", $"review-{model}.jsonl");
    }

    internal sealed record LabelRequest(IReadOnlyList<string>? Ids, string? Label);

    internal sealed record DismissRequest(IReadOnlyList<string>? Ids);
}
