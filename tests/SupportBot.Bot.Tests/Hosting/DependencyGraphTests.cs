using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Hosting;

public sealed class DependencyGraphTests
{
    [Fact]
    public async Task EveryRegisteredServiceResolvesWithDefaultConfiguration()
    {
        await using var bot = new BotHost().Start();
        var registrations = bot.Registrations!;
        using var scope = bot.Services.CreateScope();

        var closedServiceTypes = registrations
            .Where(d => !d.ServiceType.IsGenericTypeDefinition && !d.IsKeyedService)
            .Select(d => d.ServiceType)
            .Distinct()
            .ToList();
        Assert.NotEmpty(closedServiceTypes);
        foreach (var serviceType in closedServiceTypes)
        {
            var resolved = scope.ServiceProvider.GetServices(serviceType);
            Assert.All(resolved, Assert.NotNull);
        }
    }
}
