using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Adapter;

/// <summary>
/// Cuts an absurdly long message down before anything reads it. No symptom description needs more
/// than a few hundred characters, and the recognisers' cost grows with the text: a 100,000-character
/// message took 16 s to answer before this limit, a denial of service on a 2-core instance.
/// </summary>
internal sealed class LongTextMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Characters of a message the bot reads; the rest is ignored.</summary>
    public const int MaxTextLength = 2000;

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Text is { Length: > MaxTextLength } text)
        {
            activity.Text = text[..MaxTextLength];
        }

        return next(cancellationToken);
    }
}
