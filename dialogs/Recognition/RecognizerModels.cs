using Microsoft.Recognizers.Text;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Microsoft.Recognizers.Text models share static state that is not safe to use from several
/// threads at once: with a number model parsing for a choice prompt while a sequence model parsed
/// for the privacy scanner, Japanese ordinals were seen to go unrecognised. Every model is built
/// and run through this gate. Each parse takes microseconds, so turns barely wait on it.
/// </summary>
internal static class RecognizerModels
{
    private static readonly Lock Gate = new();

    public static T Build<T>(Func<T> build)
    {
        lock (Gate)
        {
            return build();
        }
    }

    public static List<ModelResult> Parse(IModel model, string text)
    {
        lock (Gate)
        {
            return model.Parse(text);
        }
    }
}
