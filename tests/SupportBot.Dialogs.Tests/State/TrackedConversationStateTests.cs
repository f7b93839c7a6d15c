using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Flows.Cases;
using SupportBot.Dialogs.State;

namespace SupportBot.Dialogs.Tests.State;

/// <summary>Issue 16: conversation state is loaded once a turn and written once, only when the turn may have changed it.</summary>
public sealed class TrackedConversationStateTests
{
    private readonly CountingStorage _storage = new();
    private readonly ConversationStateCatalogue _state;
    private readonly TestAdapter _adapter;

    public TrackedConversationStateTests()
    {
        _state = new ConversationStateCatalogue(new TrackedConversationState(_storage));
        _adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(TrackedConversationStateTests)));
    }

    [Fact]
    public async Task ATurnReadingSeveralPropertiesLoadsStateOnce()
    {
        await TurnAsync(async (turn, ct) =>
        {
            await _state.Language.GetAsync(turn, () => null!, ct);
            await _state.Case.GetAsync(turn, () => new SupportCase(), ct);
            await _state.Transcript.GetAsync(turn, null, ct);
        });

        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task ATurnThatOnlyReadsTheLanguageWritesNothing()
    {
        await TurnAsync((turn, ct) => _state.Language.SetAsync(turn, "ja", ct));
        var writesBefore = _storage.Writes;

        var language = await TurnAsync((turn, ct) => _state.Language.GetAsync(turn, () => null!, ct));

        Assert.Equal("ja", language);
        Assert.Equal(writesBefore, _storage.Writes);
    }

    [Fact]
    public async Task ATurnThatChangesAnObjectItWasGivenWritesItOnceAndTheNextTurnSeesIt()
    {
        await TurnAsync(async (turn, ct) =>
        {
            var supportCase = await _state.Case.GetAsync(turn, () => new SupportCase(), ct);
            supportCase.Symptom = "password";
            supportCase.Tried.Add("password.steps_shown");
        });

        var writesOfTheChangingTurn = _storage.Writes;
        var seen = await TurnAsync((turn, ct) => _state.Case.GetAsync(turn, () => new SupportCase(), ct));

        Assert.Equal(1, writesOfTheChangingTurn);
        Assert.Equal("password", seen.Symptom);
        Assert.Equal(["password.steps_shown"], seen.Tried);
    }

    [Fact]
    public async Task ATurnWhoseStateWasNeverTouchedNeitherReadsNorWrites()
    {
        await TurnAsync((_, _) => Task.FromResult(0));

        Assert.Equal(0, _storage.Reads);
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task DeletedStateStartsTheNextTurnEmpty()
    {
        await TurnAsync((turn, ct) => _state.Language.SetAsync(turn, "en", ct));

        await TurnAsync(async (turn, ct) =>
        {
            await _state.Language.GetAsync(turn, () => null!, ct);
            await _state.Scope.DeleteAsync(turn, ct);
        });
        var language = await TurnAsync((turn, ct) => _state.Language.GetAsync(turn, () => null!, ct));

        Assert.Null(language);
    }

    private async Task<T> TurnAsync<T>(Func<ITurnContext, CancellationToken, Task<T>> body)
    {
        T result = default!;
        await _adapter.ProcessActivityAsync(
            (Activity)_adapter.MakeActivity("hello"),
            async (turn, ct) =>
            {
                result = await body(turn, ct);
                await _state.Scope.SaveChangesAsync(turn, force: false, ct);
            },
            CancellationToken.None);
        return result;
    }

    private Task TurnAsync(Func<ITurnContext, CancellationToken, Task> body) =>
        TurnAsync<int>(async (turn, ct) =>
        {
            await body(turn, ct);
            return 0;
        });
}
