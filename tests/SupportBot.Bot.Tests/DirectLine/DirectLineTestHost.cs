using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>The real app on loopback with a known Direct Line secret, fake time and optionally a stand-in bot.</summary>
internal static class DirectLineTestHost
{
    public const string Secret = "test-directline-secret";

    public static BotHost Start(
        FakeTimeProvider? time = null,
        IBot? bot = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BotHost(all, services =>
        {
            if (time is not null)
            {
                services.AddSingleton<TimeProvider>(time);
            }

            if (bot is not null)
            {
                services.AddSingleton(bot);
            }

            configureServices?.Invoke(services);
        }).Start();
    }

    public static DirectLineClient Client(BotHost host, string? bearer = null) => new(host.CreateLoopbackClient(), bearer ?? Secret);
}
