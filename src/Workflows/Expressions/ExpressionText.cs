namespace CaseFlow.Workflows.Expressions;

/// <summary>Finds <c>${…}</c> and <c>#{…}</c> in attribute values (R75).</summary>
/// <remarks>
/// The closing brace is found by counting braces outside string literals, so an object literal
/// (<c>${ {a: 1} }</c>) or a brace inside a string (<c>${x == '}'}</c>) does not end the expression early. Text
/// around expressions is kept as literal segments: the engine interpolates them as strings.
/// </remarks>
public static class ExpressionText
{
    /// <summary>True when <paramref name="text"/> contains an expression opener.</summary>
    public static bool ContainsExpression(string? text) =>
        text is not null
        && (text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal));

    /// <summary>True when <paramref name="text"/>, trimmed, is exactly one expression.</summary>
    public static bool IsSingleExpression(string? text) => text is not null && Parse(text.Trim()).IsSingleExpression;

    /// <summary>Splits a value into literal and expression segments.</summary>
    public static ExpressionTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<ExpressionSegment>();
        var literalStart = 0;
        var i = 0;
        while (i < text.Length - 1)
        {
            if ((text[i] == '$' || text[i] == '#') && text[i + 1] == '{')
            {
                var bodyStart = i + 2;
                var close = FindClosingBrace(text, bodyStart);
                if (close < 0)
                {
                    return new ExpressionTemplate(segments, "the expression opened here has no closing brace", i);
                }

                if (i > literalStart)
                {
                    segments.Add(new ExpressionSegment(false, text[literalStart..i], literalStart));
                }

                segments.Add(new ExpressionSegment(true, text[bodyStart..close], bodyStart));
                i = close + 1;
                literalStart = i;
            }
            else
            {
                i++;
            }
        }

        if (literalStart < text.Length)
        {
            segments.Add(new ExpressionSegment(false, text[literalStart..], literalStart));
        }

        return new ExpressionTemplate(segments, null, 0);
    }

    /// <summary>The index of the brace closing an expression whose body starts at <paramref name="start"/>, or -1.</summary>
    private static int FindClosingBrace(string text, int start)
    {
        var depth = 1;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\'' or '"' or '`')
            {
                i = SkipString(text, i);
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The index after the string literal starting at <paramref name="quoteIndex"/>.</summary>
    internal static int SkipString(string text, int quoteIndex)
    {
        var quote = text[quoteIndex];
        var i = quoteIndex + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (text[i] == quote)
            {
                return i + 1;
            }

            i++;
        }

        return text.Length;
    }
}
