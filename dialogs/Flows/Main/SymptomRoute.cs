namespace SupportBot.Dialogs.Flows.Main;

internal enum SymptomRouteKind
{
    /// <summary>Confident: start the flow for <see cref="SymptomRoute.Label"/>.</summary>
    Flow,

    /// <summary>The person asked for a human.</summary>
    HumanAgent,

    /// <summary>Two labels are close: ask "did you mean…?" with <see cref="SymptomRoute.Candidates"/>.</summary>
    Disambiguate,

    /// <summary>A plain "I can't log in": ask which of the four causes it is.</summary>
    AskWhichCause,

    /// <summary>Not something this bot covers.</summary>
    OutOfScope,

    /// <summary>Nothing usable was understood.</summary>
    NotUnderstood,
}

internal sealed record SymptomRoute(SymptomRouteKind Kind, string? Label = null, IReadOnlyList<string>? Candidates = null);
