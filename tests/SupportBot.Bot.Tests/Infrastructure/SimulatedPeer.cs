using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>
/// Makes every request to a test host arrive from <see cref="Address"/> instead of loopback, before any
/// of the application's middleware (forwarded headers included) runs: how a test plays a remote client
/// or a proxy while all traffic stays on 127.0.0.1.
/// </summary>
public sealed class SimulatedPeer(IPAddress address) : IStartupFilter
{
    public IPAddress Address => address;

    /// <summary>Registers the peer first, so its middleware is the outermost one.</summary>
    public static Action<IServiceCollection> From(IPAddress address) =>
        services => services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter>(new SimulatedPeer(address)));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
