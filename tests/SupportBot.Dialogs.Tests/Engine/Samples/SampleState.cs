namespace SupportBot.Dialogs.Tests.Engine.Samples;

/// <summary>The sample flow's typed state, kept in the waterfall's values.</summary>
internal sealed record SampleState(string Name, int ConfirmedAtStep);
