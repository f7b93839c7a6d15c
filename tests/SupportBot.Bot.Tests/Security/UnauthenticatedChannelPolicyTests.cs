using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Security;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

public sealed class UnauthenticatedChannelPolicyTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    [Fact]
    public void WithoutAppIdOnlyLoopbackIsAdmitted()
    {
        var policy = Policy([]);

        Assert.True(policy.Admits(IPAddress.Loopback));
        Assert.True(policy.Admits(IPAddress.IPv6Loopback));
        Assert.False(policy.Admits(Remote));
        Assert.False(policy.Admits((IPAddress?)null));
        Assert.Equal("unauthenticated, loopback only", policy.Mode);
    }

    [Fact]
    public void AllowUnauthenticatedRemoteAdmitsAnyAddress() =>
        Assert.True(Policy(new() { ["AllowUnauthenticatedRemote"] = "true" }).Admits(Remote));

    [Fact]
    public void WithAppIdTheBotFrameworkTokenDecidesSoEveryAddressReachesIt()
    {
        var policy = Policy(new() { ["MicrosoftAppId"] = "app" });

        Assert.True(policy.Admits(Remote));
        Assert.True(policy.RequiresChannelToken);
    }

    [Fact]
    public async Task RemoteCallerWithoutAppIdIsTurnedAwayWith403BeforeTheAdapter()
    {
        var services = new ServiceCollection().AddOptions().AddProblemDetails().BuildServiceProvider();
        var reachedAdapter = false;
        var gate = new ChannelRequestGate(_ => { reachedAdapter = true; return Task.CompletedTask; }, Policy([]),
            services.GetRequiredService<IProblemDetailsService>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ChannelRequestGate>.Instance);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = Remote;
        context.Response.Body = new MemoryStream();

        await gate.InvokeAsync(context);

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.False(reachedAdapter);
    }

    [Fact]
    public async Task LoopbackCallerWithoutAppIdIsServed()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = new BotHost().Start();
        var emulator = new EmulatorClient(bot.CreateLoopbackClient(), sink.ServiceUrl);

        await emulator.SendAsync(emulator.Message("hello"));

        Assert.Single(await sink.WaitForAsync(1));
    }

    private static UnauthenticatedChannelPolicy Policy(Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
