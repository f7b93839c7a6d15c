namespace SupportBot.Dialogs.Engine;

/// <summary>A request that interrupts whatever flow is running.</summary>
public enum InterruptionKind
{
    /// <summary>Not an interruption: the answer goes to the flow.</summary>
    None,

    /// <summary>The user asks for help (ヘルプ, 使い方, help).</summary>
    Help,

    /// <summary>The user wants to stop or start over (キャンセル, 最初から, cancel, start over).</summary>
    Cancel,

    /// <summary>The user wants a person (オペレーター, 人と話したい, agent, human).</summary>
    HumanAgent,
}
