using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// A value masked, then told in full later in the same message («パスは前半伏せて ****2580、でも全部だと mugen2580 です»,
/// «ak●●●●●●●23 … 意味ないですね、akihabara123 です»): a later token that starts and ends as the mask's visible parts do is the
/// value the mask hid.
/// </summary>
internal sealed partial class PasswordScanner
{
    private static readonly SearchValues<char> MaskMarks = SearchValues.Create("*●•");

    private void AddRevealedAfterAMask(string folded, List<SensitiveFinding> findings)
    {
        if (folded.AsSpan().IndexOfAny(MaskMarks) < 0)
        {
            return;
        }

        foreach (Match mask in MaskedToken().Matches(folded))
        {
            var head = mask.Groups["head"].ValueSpan;
            var tail = mask.Groups["tail"].ValueSpan;
            if (head.Length + tail.Length < MinVisibleAroundAMask)
            {
                continue;
            }

            foreach (var later in LaterToken().EnumerateMatches(folded, mask.Index + mask.Length))
            {
                var token = Token.Core(folded.AsSpan(later.Index, later.Length));
                if (token.Length > head.Length + tail.Length && token.StartsWith(head, StringComparison.OrdinalIgnoreCase)
                    && token.EndsWith(tail, StringComparison.OrdinalIgnoreCase) && token.IndexOfAny(MaskMarks) < 0
                    && (LooksMadeUp(token) || IsTypedDigits(token)) && !Token.IsUrlOrEmail(token) && !lexicon.IsKnownHarmlessToken(token.ToString()))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, later.Index, token.Length));
                }
            }
        }
    }

    private const int MinVisibleAroundAMask = 2;

    [GeneratedRegex(@"(?<![!-~])(?<head>[A-Za-z0-9]*)[*●•]{3,}(?<tail>[A-Za-z0-9]*)(?![!-~])", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedToken();

    [GeneratedRegex(@"(?<![!-~])[!-~]{4,40}(?![!-~])", RegexOptions.CultureInvariant)]
    private static partial Regex LaterToken();
}
