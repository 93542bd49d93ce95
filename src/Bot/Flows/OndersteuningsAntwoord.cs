using System.Text;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;

namespace Participatie.Bot.Flows;

/// <summary>The support answer per support type, ✔/✖ with the reasons the rules gave; shared by the support check and the intake (a question mid-intake).</summary>
internal static class OndersteuningsAntwoord
{
    public static string Tekst(BotTexts texts, string locale, OndersteuningsAdvies advies, string header)
    {
        if (advies.Uitkomsten.Count == 0)
        {
            return texts.Get(locale, TextKeys.SupportNoneConfigured);
        }

        var builder = new StringBuilder();
        builder.AppendLine(header);
        foreach (var uitkomst in advies.Uitkomsten)
        {
            builder.AppendLine();
            builder.Append(uitkomst.KomtInAanmerking ? "✔ " : "✖ ")
                .Append(uitkomst.Naam).Append(": ")
                .AppendLine(texts.Get(locale, uitkomst.KomtInAanmerking ? TextKeys.SupportEligible : TextKeys.SupportNotEligible));
            foreach (var reden in uitkomst.Redenen)
            {
                builder.Append("   – ").AppendLine(reden);
            }
        }

        builder.AppendLine();
        builder.Append(texts.Get(locale, advies.Uitkomsten.Any(u => u.KomtInAanmerking) ? TextKeys.SupportOutroEligible : TextKeys.SupportOutroNone));
        return builder.ToString();
    }
}
