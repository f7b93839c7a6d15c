using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Bot.Analytics.Review;

/// <summary>
/// What a review item's place means for its label: at <c>main</c> ("what is wrong?") a symptom, read by the symptom
/// model; at any question an answer kind, read by the answer model. Items are grouped only with items of the same kind.
/// </summary>
internal static class ReviewPlaces
{
    public const string MainKind = "main";
    public const string QuestionKind = "question";

    public static string KindOf(string place) => place == ReviewCandidate.MainPlace ? MainKind : QuestionKind;

    /// <summary>The labels an operator may give an item at <paramref name="place"/> (the symptom labels include out_of_scope and human_agent).</summary>
    public static IReadOnlyList<string> LabelsFor(string place) => KindOf(place) == MainKind ? SymptomLabels.All : AnswerKinds.All;

    /// <summary>The model whose training file an item at <paramref name="place"/> goes into.</summary>
    public static string ModelOf(string place) => KindOf(place) == MainKind ? TextModels.Symptom : TextModels.Answer;
}
