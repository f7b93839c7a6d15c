using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Flows.Main;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class SymptomRouterTests
{
    private static Prediction Prediction(params (string Label, double Score)[] scores) =>
        new(scores[0].Label, scores[0].Score, [.. scores.Select(s => new LabelScore(s.Label, s.Score))]);

    [Fact]
    public void Decide_ClearWinner_RoutesToItsFlow() =>
        Assert.Equal(
            new SymptomRoute(SymptomRouteKind.Flow, "forgot_email"),
            SymptomRouter.Decide(Prediction(("forgot_email", 0.9), ("forgot_password", 0.05)), isGenericLoginProblem: false));

    [Fact]
    public void Decide_TwoCloseCauses_AsksWhichOfThem()
    {
        var route = SymptomRouter.Decide(Prediction(("forgot_password", 0.45), ("account_hijack", 0.4), ("out_of_scope", 0.15)), false);

        Assert.Equal(SymptomRouteKind.Disambiguate, route.Kind);
        Assert.Equal(["forgot_password", "account_hijack"], route.Candidates);
    }

    [Fact]
    public void Decide_GenericLoginProblem_AsksWhichCauseHoweverSureTheModelSounds()
    {
        Assert.Equal(SymptomRouteKind.AskWhichCause,
            SymptomRouter.Decide(Prediction(("forgot_password", 0.7), ("forgot_email", 0.1)), isGenericLoginProblem: true).Kind);
        Assert.Equal(SymptomRouteKind.AskWhichCause,
            SymptomRouter.Decide(Prediction(("cache_cookie", 0.95), ("forgot_email", 0.02)), isGenericLoginProblem: true).Kind);
    }

    [Fact]
    public void Decide_SaysItCannotLogInButNotClearlyWhy_OffersTheFourCausesInsteadOfAGuess()
    {
        Assert.Equal(SymptomRouteKind.AskWhichCause,
            SymptomRouter.Decide(Prediction(("cache_cookie", 0.5), ("human_agent", 0.3)), isGenericLoginProblem: false, mentionsLoginProblem: true).Kind);
        Assert.Equal(SymptomRouteKind.OutOfScope,
            SymptomRouter.Decide(Prediction(("out_of_scope", 0.5), ("forgot_email", 0.3)), isGenericLoginProblem: false, mentionsLoginProblem: true).Kind);
    }

    [Fact]
    public void Decide_ConfidentHumanAgentAndOutOfScope_AreTheirOwnRoutes()
    {
        Assert.Equal(SymptomRouteKind.HumanAgent, SymptomRouter.Decide(Prediction(("human_agent", 0.8), ("out_of_scope", 0.1)), false).Kind);
        Assert.Equal(SymptomRouteKind.OutOfScope, SymptomRouter.Decide(Prediction(("out_of_scope", 0.5), ("forgot_email", 0.4)), false).Kind);
    }

    [Fact]
    public void Decide_NothingConvincing_IsNotUnderstood() =>
        Assert.Equal(SymptomRouteKind.NotUnderstood,
            SymptomRouter.Decide(Prediction(("human_agent", 0.3), ("cache_cookie", 0.25), ("out_of_scope", 0.2)), false).Kind);
}
