namespace SupportBot.Dialogs.Engine;

/// <summary>Why a dialog is being begun, resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was started by <see cref="DialogContext.BeginDialogAsync"/>.</summary>
    BeginCalled,

    /// <summary>The dialog is continued by a new user activity.</summary>
    ContinueCalled,

    /// <summary>The dialog ended, or a child it started ended and it resumes.</summary>
    EndCalled,

    /// <summary>The dialog is being replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled by <see cref="DialogContext.CancelAllDialogsAsync(CancellationToken)"/>.</summary>
    CancelCalled,

    /// <summary>A waterfall step called <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
