using System.Globalization;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Hosting.Validation;

/// <summary>Collects the broken rules of one options section, each naming its setting as configuration spells it.</summary>
internal sealed class SettingRules(string section)
{
    private readonly List<string> _failures = [];

    public SettingRules Require(bool holds, string setting, object value, string rule)
    {
        if (!holds)
        {
            _failures.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:{setting} {rule} (it is {value})."));
        }

        return this;
    }

    public ValidateOptionsResult Result() =>
        _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);
}
