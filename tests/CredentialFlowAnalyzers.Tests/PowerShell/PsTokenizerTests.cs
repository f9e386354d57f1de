using System.Linq;
using CredentialFlowAnalyzers.PowerShell;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.PowerShell
{
    public class PsTokenizerTests
    {
        private static string Kinds(string text) =>
            string.Join(" ", PsTokenizer.Tokenize(text).Select(t => t.Kind + (t.Kind == PsTokenKind.NewLine ? "" : ":" + t.Value)));

        [Fact]
        public void Command_WithParametersAndVariables()
        {
            Assert.Equal(
                "Word:Connect-MsolService Parameter:Credential Variable:cred",
                Kinds("Connect-MsolService -Credential $cred"));
        }

        [Fact]
        public void ParameterWithColon_HasFlag_AndValueFollows()
        {
            var tokens = PsTokenizer.Tokenize("Connect-X -Credential:$c -ShowBanner:$false");
            Assert.Equal(PsTokenKind.Parameter, tokens[1].Kind);
            Assert.Equal("Credential", tokens[1].Value);
            Assert.True(tokens[1].Flag);
            Assert.Equal("c", tokens[2].Value);
            Assert.Equal("ShowBanner", tokens[3].Value);
        }

        [Fact]
        public void LineComment_And_BlockComment_AreCommentTokens()
        {
            var tokens = PsTokenizer.Tokenize("# Connect-MsolService -Credential $c\n<# Connect-AzureAD\n -Credential $c #> Get-Date");
            Assert.Equal(new[] { PsTokenKind.Comment, PsTokenKind.NewLine, PsTokenKind.Comment, PsTokenKind.Word }, tokens.Select(t => t.Kind));
            Assert.Equal("Get-Date", tokens[3].Value);
        }

        [Fact]
        public void HashInsideAWord_IsNotAComment()
        {
            Assert.Equal("Word:a#b", Kinds("a#b"));
        }

        [Fact]
        public void SingleQuoted_DoubledQuoteEscapes()
        {
            var token = PsTokenizer.Tokenize("'it''s'").Single();
            Assert.Equal(PsTokenKind.String, token.Kind);
            Assert.Equal("it's", token.Value);
            Assert.False(token.Flag);
        }

        [Fact]
        public void DoubleQuoted_BacktickEscapes_AndExpansionFlag()
        {
            var plain = PsTokenizer.Tokenize("\"a`\"b`$c\"").Single();
            Assert.Equal("a\"b$c", plain.Value);
            Assert.False(plain.Flag);

            var expanding = PsTokenizer.Tokenize("\"user $name\"").Single();
            Assert.True(expanding.Flag);
        }

        [Fact]
        public void DoubleQuoted_SubexpressionWithQuotes_IsOneString()
        {
            var tokens = PsTokenizer.Tokenize("\"Today: $(Get-Date -Format \"yyyy\") done\" -X");
            Assert.Equal(PsTokenKind.String, tokens[0].Kind);
            Assert.True(tokens[0].Flag);
            Assert.Equal(PsTokenKind.Parameter, tokens[1].Kind);
        }

        [Fact]
        public void HereStrings_SingleAndDouble()
        {
            string text = "$a = @'\nConnect-MsolService -Credential $c\n'@\n$b = @\"\nline $x\n\"@\nGet-Date";
            var tokens = PsTokenizer.Tokenize(text);
            var strings = tokens.Where(t => t.Kind == PsTokenKind.String).ToList();
            Assert.Equal(2, strings.Count);
            Assert.Equal("Connect-MsolService -Credential $c", strings[0].Value);
            Assert.False(strings[0].Flag);
            Assert.Equal("line $x", strings[1].Value);
            Assert.True(strings[1].Flag);
            Assert.Equal("Get-Date", tokens.Last().Value);
        }

        [Fact]
        public void HereString_QuoteNotAtLineStart_DoesNotClose()
        {
            var token = PsTokenizer.Tokenize("@'\n x '@\n'@").Single();
            Assert.Equal(" x '@", token.Value);
        }

        [Fact]
        public void BacktickLineContinuation_IsNotANewLine()
        {
            Assert.Equal(
                "Word:Connect-MsolService Parameter:Credential Variable:c",
                Kinds("Connect-MsolService `\n    -Credential $c"));
            Assert.Equal(
                "Word:Connect-MsolService Parameter:Credential Variable:c",
                Kinds("Connect-MsolService `\r\n    -Credential $c"));
        }

        [Fact]
        public void Splat_Hashtable_Subexpression_Array()
        {
            Assert.Equal(
                "Variable:p Equals:= AtBrace:@{ Word:Credential Equals:= Variable:c RBrace:} NewLine Word:Connect-X Splat:p",
                Kinds("$p = @{ Credential = $c }\nConnect-X @p"));
            Assert.Equal("AtParen:@( Variable:a Comma:, Variable:b RParen:)", Kinds("@($a, $b)"));
            Assert.Equal("DollarParen:$( Word:Get-Date RParen:)", Kinds("$(Get-Date)"));
        }

        [Fact]
        public void Variables_ScopeAndBraced()
        {
            var tokens = PsTokenizer.Tokenize("$env:GRAPH_TOKEN ${my var} $script:x $_");
            Assert.Equal(new[] { "env:GRAPH_TOKEN", "my var", "script:x", "_" }, tokens.Select(t => t.Value));
        }

        [Fact]
        public void TypeLiteral_StaticCall()
        {
            Assert.Equal(
                "LBracket:[ Word:pscredential RBracket:] Operator::: Word:new LParen:( Variable:u Comma:, Variable:p RParen:)",
                Kinds("[pscredential]::new($u, $p)"));
        }

        [Fact]
        public void Separators_AndChainOperators()
        {
            Assert.Equal(
                "Word:a Semicolon:; Word:b Pipe:| Word:c ChainOperator:&& Word:d ChainOperator:|| Word:e Ampersand:& Word:f",
                Kinds("a; b | c && d || e & f"));
        }

        [Fact]
        public void Positions_PointAtTheText()
        {
            const string text = "Get-Date\r\n  Connect-MsolService -Cred $c";
            var tokens = PsTokenizer.Tokenize(text);
            PsToken connect = tokens.Single(t => t.Value == "Connect-MsolService");
            Assert.Equal(text.IndexOf("Connect", System.StringComparison.Ordinal), connect.Start);
            Assert.Equal("Connect-MsolService".Length, connect.Length);
            PsToken parameter = tokens.Single(t => t.Kind == PsTokenKind.Parameter);
            Assert.Equal("-Cred", text.Substring(parameter.Start, parameter.Length));
        }

        [Theory]
        [InlineData("'unterminated")]
        [InlineData("\"unterminated $(Get-Date")]
        [InlineData("@'\nno end")]
        [InlineData("@\"\nno end $x")]
        [InlineData("<# no end")]
        [InlineData("${no end")]
        [InlineData("Connect-MsolService -Credential `")]
        [InlineData("$(((")]
        [InlineData("`")]
        [InlineData("@")]
        [InlineData("-")]
        [InlineData("$")]
        public void TruncatedInput_EndsCleanly(string text)
        {
            var tokens = PsTokenizer.Tokenize(text);
            Assert.NotEmpty(tokens);
            Assert.True(tokens.Last().End <= text.Length);
            Assert.All(tokens, t => Assert.True(t.Length > 0));
        }

        [Fact]
        public void Unterminated_IsMarked()
        {
            Assert.True(PsTokenizer.Tokenize("'abc").Single().Unterminated);
            Assert.True(PsTokenizer.Tokenize("<# abc").Single().Unterminated);
            Assert.False(PsTokenizer.Tokenize("'abc'").Single().Unterminated);
        }

        [Fact]
        public void EveryPrefixOfAScript_Tokenizes()
        {
            const string script = "$p = ConvertTo-SecureString \"P@ss`\"word\" -AsPlainText -Force\n" +
                "$c = New-Object PSCredential('u', $p) # note\n<# block #>\n$h = @'\nx\n'@\nConnect-MsolService `\n -Credential:$c; Get-MsolUser | Select-Object @{n='a';e={$_.x}}";
            for (int i = 0; i <= script.Length; i++)
            {
                string prefix = script.Substring(0, i);
                var tokens = PsTokenizer.Tokenize(prefix);
                Assert.All(tokens, t => Assert.True(t.Start >= 0 && t.End <= prefix.Length));
                _ = PowerShellSignInFinder.Find(prefix);
            }
        }
    }
}
