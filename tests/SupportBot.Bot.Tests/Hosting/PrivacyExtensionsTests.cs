using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Tests.Hosting;

public sealed class PrivacyExtensionsTests
{
    [Fact]
    public void RegisteredRedactorKeepsTheConfiguredSupportNumbersAndHidesOthers()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Support:Contacts:FreeDial"] = "0120-999-373",
                ["Support:Contacts:MobilePaid"] = "011-330-3000",
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddSupportDialogs(configuration)
            .BuildServiceProvider();

        var redactor = provider.GetRequiredService<ISensitiveDataRedactor>();

        Assert.Equal(
            "0120-999-373 / 011-330-3000 / [redacted:phone]",
            redactor.Redact("0120-999-373 / 011-330-3000 / 090-1234-5678"));
        Assert.Same(provider.GetRequiredService<ISensitiveDataRedactor>(), redactor);
    }
}
