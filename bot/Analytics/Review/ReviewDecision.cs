namespace SupportBot.Bot.Analytics.Review;

/// <summary>Why a label or dismissal was refused; each is a key of <c>review-texts.json</c> (<c>refused.*</c>), so the operator reads it in their language.</summary>
public enum ReviewRefusal
{
    /// <summary>No item ids were given.</summary>
    NoItems,

    /// <summary>More ids than one request may change (<see cref="ReviewQueue.MaxItemsPerDecision"/>).</summary>
    TooManyItems,

    /// <summary>An id is not a review item (anymore: retention deletes old ones).</summary>
    UnknownItems,

    /// <summary>The items came at "what is wrong?" and at a question: their labels differ, so they are labelled apart.</summary>
    MixedPlaces,

    /// <summary>The label is not one of those valid at the items' place.</summary>
    InvalidLabel,
}

/// <summary>What became of a label or dismissal: how many items changed, or why nothing did.</summary>
public sealed record ReviewDecision(int Changed, ReviewRefusal? Refusal, IReadOnlyList<string> ValidLabels)
{
    public bool Refused => Refusal is not null;

    public static ReviewDecision Done(int changed) => new(changed, null, []);

    public static ReviewDecision Refuse(ReviewRefusal refusal, IReadOnlyList<string>? validLabels = null) => new(0, refusal, validLabels ?? []);
}
