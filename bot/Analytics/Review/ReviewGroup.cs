namespace SupportBot.Bot.Analytics.Review;

/// <summary>
/// Open review items that say the same thing (near-duplicates once normalised), at the same kind of place: what an
/// operator labels or dismisses at once.
/// </summary>
/// <param name="PlaceKind"><see cref="ReviewPlaces.MainKind"/> or <see cref="ReviewPlaces.QuestionKind"/>.</param>
/// <param name="Representative">The text said most often in the group (the newest of those).</param>
/// <param name="Count">How many items the group holds.</param>
/// <param name="Places">Where they came, most frequent first (<c>main</c>, or the questions' content keys).</param>
/// <param name="Kinds">Not understood / low confidence, with counts.</param>
/// <param name="Guesses">What the bot guessed, with counts, most frequent first (empty guesses left out).</param>
/// <param name="Variants">The group's different texts (the same once normalised counts as one), most said first, each with its items: the operator may leave one out.</param>
/// <param name="ItemIds">Every item of the group, for labelling or dismissing them together.</param>
/// <param name="Latest">When the newest of them was said.</param>
/// <param name="Labels">The labels valid for the group's place kind.</param>
public sealed record ReviewGroup(
    string PlaceKind,
    string Representative,
    int Count,
    IReadOnlyList<Tally> Places,
    IReadOnlyList<Tally> Kinds,
    IReadOnlyList<Tally> Guesses,
    IReadOnlyList<ReviewVariant> Variants,
    IReadOnlyList<string> ItemIds,
    DateTimeOffset Latest,
    IReadOnlyList<string> Labels)
{
    /// <summary>The first few variants, as examples of what the group holds.</summary>
    public IEnumerable<string> Examples => Variants.Take(5).Select(variant => variant.Text);
}

/// <summary>One text of a group (its newest wording) and the items that said it.</summary>
public sealed record ReviewVariant(string Text, IReadOnlyList<string> ItemIds);

/// <summary>A value and how many items had it.</summary>
public sealed record Tally(string Value, int Count);
