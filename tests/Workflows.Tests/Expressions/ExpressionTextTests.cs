using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Tests.Expressions;

/// <summary>R75: finding expressions in attribute values.</summary>
public sealed class ExpressionTextTests
{
    [Fact(DisplayName = "R75a: text mixed with an expression is interpolation")]
    public void R75a_interpolation_is_split_into_segments()
    {
        var template = ExpressionText.Parse("Dear ${name}");

        Assert.False(template.IsSingleExpression);
        Assert.Equal(
            [new ExpressionSegment(false, "Dear ", 0), new ExpressionSegment(true, "name", 7)],
            template.Segments);
    }

    [Fact(DisplayName = "R75a: a value that is exactly one expression keeps its type")]
    public void R75a_single_expression()
    {
        Assert.True(ExpressionText.Parse("${approved}").IsSingleExpression);
        Assert.True(ExpressionText.Parse("#{approved}").IsSingleExpression);
        Assert.True(ExpressionText.IsSingleExpression("  ${a}  "));
        Assert.False(ExpressionText.Parse("${a}${b}").IsSingleExpression);
    }

    [Theory(DisplayName = "R75a: the closing brace is found outside string literals, so object literals work")]
    [InlineData("${ {a: 1, b: {c: 2}} }", " {a: 1, b: {c: 2}} ")]
    [InlineData("${x == '}'}", "x == '}'")]
    [InlineData("${s == \"{\" }", "s == \"{\" ")]
    public void R75a_brace_matching(string value, string body) =>
        Assert.Equal(body, Assert.Single(ExpressionText.Parse(value).Expressions).Text);

    [Fact(DisplayName = "R75a: an unclosed expression is reported with its offset")]
    public void R75a_unclosed_expression()
    {
        var template = ExpressionText.Parse("Dear ${name");

        Assert.NotNull(template.Error);
        Assert.Equal(5, template.ErrorOffset);
    }

    [Fact(DisplayName = "R75a: a value without an opener is a literal")]
    public void R75a_literal()
    {
        Assert.False(ExpressionText.ContainsExpression("caseworker,assessor"));
        Assert.False(ExpressionText.Parse("100% {sure}").HasExpressions);
    }
}
