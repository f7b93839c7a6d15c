using SupportBot.Bot.Commands;

namespace SupportBot.Bot.Tests.Commands;

/// <summary>privacy-eval evaluates the detector under the policy the bot runs with: its own support numbers are public.</summary>
public sealed class ProductContactsTests
{
    [Fact]
    public void PublicNumbersAreTheSupportNumbersTheBotIsConfiguredWith() =>
        Assert.Equal(["0120-999-373", "011-330-3000"], ProductContacts.PublicPhoneNumbers());
}
