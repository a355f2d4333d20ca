using System.Runtime.CompilerServices;
using System.Text;

namespace CaseFlow.Workflows.Expressions;

/// <summary>Translates JUEL operator words to JavaScript before parsing (R77).</summary>
/// <remarks>
/// <para>
/// Camunda 7 models use JUEL; CaseFlow evaluates JavaScript. Whole-word operators outside string literals are
/// rewritten (<c>and</c> → <c>&amp;&amp;</c>, <c>gt</c> → <c>&gt;</c>, …) and the prefix operator <c>empty x</c>
/// becomes the built-in call <c>empty(x)</c>, whose operand is the next primary expression with its member, index
/// and call suffixes. A word after a dot is a property name (<c>x.eq</c>) and is left alone.
/// </para>
/// <para>The rewrite is purely lexical, so it never changes what a valid JavaScript expression means.</para>
/// </remarks>
public static class JuelTranslator
{
    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["and"] = "&&",
        ["or"] = "||",
        ["not"] = "!",
        ["eq"] = "==",
        ["ne"] = "!=",
        ["lt"] = "<",
        ["gt"] = ">",
        ["le"] = "<=",
        ["ge"] = ">=",
        ["div"] = "/",
        ["mod"] = "%",
    };

    /// <summary>The operator words, which cannot name variables (R77).</summary>
    public static IReadOnlyCollection<string> OperatorWords => Operators.Keys;

    /// <summary>Translates one expression body.</summary>
    /// <exception cref="InsufficientExecutionStackException">The body nests too deeply to translate.</exception>
    public static JuelTranslation Translate(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var writer = new TranslationWriter(body.Length);
        Translate(body, 0, body.Length, writer);
        return writer.ToTranslation();
    }

    private static void Translate(string body, int start, int end, TranslationWriter writer)
    {
        // Nested "empty" operands recurse; a hostile value fails with a catchable exception, never a stack overflow.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var i = start;
        while (i < end)
        {
            var c = body[i];
            if (c is '\'' or '"' or '`')
            {
                var after = Math.Min(ExpressionText.SkipString(body, i), end);
                writer.Copy(body, i, after);
                i = after;
            }
            else if (IsWordStart(c))
            {
                var wordEnd = i;
                while (wordEnd < end && IsWordPart(body[wordEnd]))
                {
                    wordEnd++;
                }

                var word = body[i..wordEnd];
                var isProperty = PreviousSignificant(body, i) == '.';
                if (!isProperty && Operators.TryGetValue(word, out var replacement))
                {
                    writer.Write(PadOperator(body, i, wordEnd, end, replacement), i);
                    i = wordEnd;
                    if (replacement == "!")
                    {
                        // "not x" becomes "!x": the prefix stays glued to its operand.
                        while (i < end && char.IsWhiteSpace(body[i]))
                        {
                            i++;
                        }
                    }
                }
                else if (!isProperty && word == "empty" && NextSignificant(body, wordEnd, end) is var next && next >= 0 && body[next] != '(')
                {
                    var operandEnd = PrimaryEnd(body, next, end);
                    writer.Write("empty(", i);
                    Translate(body, next, operandEnd, writer);
                    writer.Write(")", operandEnd - 1);
                    i = operandEnd;
                }
                else
                {
                    writer.Copy(body, i, wordEnd);
                    i = wordEnd;
                }
            }
            else if (char.IsDigit(c))
            {
                // A number such as 1e5 or 0x1f is one token; its letters are not words.
                var numberEnd = i;
                while (numberEnd < end && (char.IsLetterOrDigit(body[numberEnd]) || body[numberEnd] == '.'))
                {
                    numberEnd++;
                }

                writer.Copy(body, i, numberEnd);
                i = numberEnd;
            }
            else
            {
                writer.Copy(body, i, i + 1);
                i++;
            }
        }
    }

    /// <summary>
    /// Keeps <c>not</c> glued to its operand but makes sure a symbolic operator never fuses with a neighbouring one
    /// (<c>a or!b</c> stays readable as <c>a ||!b</c>).
    /// </summary>
    private static string PadOperator(string body, int start, int end, int limit, string replacement)
    {
        var needsLeft = start > 0 && !char.IsWhiteSpace(body[start - 1]);
        var needsRight = end < limit && !char.IsWhiteSpace(body[end]) && replacement != "!";
        return (needsLeft ? " " : string.Empty) + replacement + (needsRight ? " " : string.Empty);
    }

    /// <summary>The end of the primary expression starting at <paramref name="start"/>, with its suffixes.</summary>
    private static int PrimaryEnd(string body, int start, int end)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var i = start;
        if (body[i] is '(' or '[')
        {
            i = MatchBracket(body, i, end);
        }
        else if (body[i] is '\'' or '"' or '`')
        {
            i = Math.Min(ExpressionText.SkipString(body, i), end);
        }
        else if (body[i] == '!' || (IsWordStart(body[i]) && WordAt(body, i, end) == "not"))
        {
            // empty not x: the operand is itself a prefixed expression.
            var afterPrefix = body[i] == '!' ? i + 1 : i + 3;
            var next = NextSignificant(body, afterPrefix, end);
            return next < 0 ? afterPrefix : PrimaryEnd(body, next, end);
        }
        else
        {
            while (i < end && (IsWordPart(body[i])))
            {
                i++;
            }
        }

        while (true)
        {
            var next = NextSignificant(body, i, end);
            if (next < 0)
            {
                return i;
            }

            if (body[next] == '.' || (body[next] == '?' && next + 1 < end && body[next + 1] == '.'))
            {
                var nameStart = NextSignificant(body, body[next] == '.' ? next + 1 : next + 2, end);
                if (nameStart < 0 || !IsWordStart(body[nameStart]))
                {
                    return i;
                }

                i = nameStart;
                while (i < end && IsWordPart(body[i]))
                {
                    i++;
                }
            }
            else if (body[next] is '[' or '(')
            {
                i = MatchBracket(body, next, end);
            }
            else
            {
                return i;
            }
        }
    }

    private static int MatchBracket(string body, int open, int end)
    {
        var depth = 0;
        var i = open;
        while (i < end)
        {
            var c = body[i];
            if (c is '\'' or '"' or '`')
            {
                i = ExpressionText.SkipString(body, i);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && --depth == 0)
            {
                return i + 1;
            }

            i++;
        }

        return end;
    }

    private static string WordAt(string body, int start, int end)
    {
        var i = start;
        while (i < end && IsWordPart(body[i]))
        {
            i++;
        }

        return body[start..i];
    }

    private static int NextSignificant(string body, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static char PreviousSignificant(string body, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                return body[i];
            }
        }

        return '\0';
    }

    private static bool IsWordStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    /// <summary>Builds the output text and its offset map together.</summary>
    private sealed class TranslationWriter(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private readonly List<int> _offsets = new(capacity);

        public void Copy(string source, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                _text.Append(source[i]);
                _offsets.Add(i);
            }
        }

        public void Write(string text, int sourceOffset)
        {
            _text.Append(text);
            for (var i = 0; i < text.Length; i++)
            {
                _offsets.Add(sourceOffset);
            }
        }

        public JuelTranslation ToTranslation() => new(_text.ToString(), _offsets.ToArray());
    }
}
