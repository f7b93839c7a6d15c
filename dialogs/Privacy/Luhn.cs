namespace SupportBot.Dialogs.Privacy;

/// <summary>The Luhn (mod 10) check digit test that every payment card number passes.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<byte> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i];
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }
}
