using System.ComponentModel.DataAnnotations;

namespace SupportBot.Dialogs.Configuration;

/// <summary>
/// The customer-service phone numbers the bot gives people (configuration section
/// <c>Support:Contacts</c>). The article's numbers are the defaults in appsettings.json.
/// </summary>
public sealed class ContactOptions
{
    public const string SectionName = "Support:Contacts";

    private const string PhonePattern = @"^\+?[0-9][0-9\- ]{5,18}[0-9]$";

    /// <summary>The toll-free number (フリーダイヤル). Default 0120-999-373.</summary>
    [Required]
    [RegularExpression(PhonePattern)]
    public string FreeDial { get; set; } = string.Empty;

    /// <summary>The paid line for mobile phones (有料電話). Default 011-330-3000.</summary>
    [Required]
    [RegularExpression(PhonePattern)]
    public string MobilePaid { get; set; } = string.Empty;
}
