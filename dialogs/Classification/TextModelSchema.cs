using Microsoft.ML.Data;

namespace SupportBot.Dialogs.Classification;

/// <summary>The row the ML.NET pipeline reads: normalised text and, when training, its label.</summary>
internal sealed class TextModelInput
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}

/// <summary>The pipeline's per-label probabilities, in the order of the Score column's slot names.</summary>
internal sealed class TextModelOutput
{
    [ColumnName("Score")]
    public float[] Scores { get; set; } = [];
}
