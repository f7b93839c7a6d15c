using System.Text.Json.Serialization;

namespace SupportBot.Dialogs.Classification;

/// <summary>One line of a training or evaluation file: <c>{"text": …, "label": …}</c>.</summary>
internal sealed record LabelledUtterance(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("label")] string Label);
