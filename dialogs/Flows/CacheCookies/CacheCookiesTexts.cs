using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Localization;

/// <summary>The texts the CacheCookies flow asks for (Content/Texts), beside the flow.</summary>
public static partial class TextKeys
{
    public static class Cache
    {
        public static readonly TextKey AskDevice = new("cache.ask_device");
        public static readonly TextKey AskOutcome = new("cache.ask_outcome");
        public static readonly TextKey Intro = new("cache.intro");
        public static readonly TextKey DeviceIPhone = new("cache.device.iphone");
        public static readonly TextKey DeviceAndroid = new("cache.device.android");
        public static readonly TextKey DeviceOther = new("cache.device.other");

        /// <summary>The steps for <paramref name="device"/> (one of <see cref="Devices"/>).</summary>
        public static TextKey Steps(string device) => new($"cache.steps.{device}");
    }
}

/// <summary>What the CacheCookies flow notes for the handoff summary.</summary>
public static partial class TriedNotes
{
    public static readonly TriedNote CacheStepsShown = new("cache_steps_shown");
    public static readonly TriedNote CacheCleared = new("cache_cleared");
}
