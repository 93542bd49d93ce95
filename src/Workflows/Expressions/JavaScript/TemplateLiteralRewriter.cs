using System.Text;
using System.Text.Json;

namespace Participatie.Workflows.Expressions.JavaScript;

/// <summary>
/// Jint 2 is ES5; Elsa designers write ES2015 template literals (<c>`Hi ${getName()}`</c>). This rewrites them to
/// string concatenation (<c>("Hi " + (getName()))</c>) before parsing. Everything else stays ES5.
/// </summary>
internal static class TemplateLiteralRewriter
{
    public static string Rewrite(string code)
    {
        if (!code.Contains('`')) return code;
        var sb = new StringBuilder(code.Length + 16);
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c is '"' or '\'')
            {
                var end = SkipString(code, i);
                sb.Append(code, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '/')
            {
                var end = code.IndexOf('\n', i);
                end = end < 0 ? code.Length : end;
                sb.Append(code, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '*')
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? code.Length : end + 2;
                sb.Append(code, i, end - i);
                i = end;
            }
            else if (c == '`')
            {
                i = RewriteTemplate(code, i, sb);
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }

    private static int SkipString(string code, int start)
    {
        var quote = code[start];
        var i = start + 1;
        while (i < code.Length && code[i] != quote && code[i] != '\n')
            i += code[i] == '\\' ? 2 : 1;
        return Math.Min(i + 1, code.Length);
    }

    private static int RewriteTemplate(string code, int start, StringBuilder sb)
    {
        var parts = new List<string>();
        var text = new StringBuilder();
        var i = start + 1;
        while (i < code.Length && code[i] != '`')
        {
            if (code[i] == '\\' && i + 1 < code.Length)
            {
                text.Append(code[i + 1] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                i += 2;
            }
            else if (code[i] == '$' && i + 1 < code.Length && code[i + 1] == '{')
            {
                parts.Add(JsonSerializer.Serialize(text.ToString()));
                text.Clear();
                var depth = 1;
                var j = i + 2;
                while (j < code.Length && depth > 0)
                {
                    if (code[j] is '"' or '\'') { j = SkipString(code, j); continue; }
                    if (code[j] == '{') depth++;
                    else if (code[j] == '}') depth--;
                    if (depth > 0) j++;
                }
                parts.Add("(" + Rewrite(code[(i + 2)..Math.Min(j, code.Length)]) + ")");
                i = j + 1;
            }
            else
            {
                text.Append(code[i]);
                i++;
            }
        }
        parts.Add(JsonSerializer.Serialize(text.ToString()));
        sb.Append('(').Append(string.Join(" + ", parts.Where((p, index) => p != "\"\"" || index == 0))).Append(')');
        return Math.Min(i + 1, code.Length);
    }
}
