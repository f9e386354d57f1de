using System.Linq;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Shared
{
    /// <summary>Key/value text as code writes it (literals, interpolations, <c>+</c> chains), edited pair by pair.</summary>
    public class KeyValueTextTests
    {
        private static KeyValueText Parse(string expression, char separator = '&') =>
            KeyValueText.Parse(SyntaxFactory.ParseExpression(expression), separator) ?? throw new Xunit.Sdk.XunitException("not parsed: " + expression);

        private static ExpressionSyntax Expr(string text) => SyntaxFactory.ParseExpression(text);

        [Fact]
        public void Chain_PairsAcrossOperands()
        {
            KeyValueText text = Parse("\"grant_type=password&client_id=\" + id + \"&username=\" + Esc(user) + \"&password=\" + Esc(password)");
            Assert.Equal(new[] { "grant_type", "client_id", "username", "password" }, text.Pairs.Select(p => p.Key));
            Assert.Equal("password", text.Pairs[0].Value);
            Assert.Equal("id", text.Pairs[1].ValueExpression!.ToString());
            Assert.Equal("Esc(password)", text.Pairs[3].ValueExpression!.ToString());
        }

        [Fact]
        public void Chain_SetValueThenKey_RemoveAndInsert()
        {
            KeyValueText text = Parse("\"grant_type=password&client_id=\" + id\n    + \"&resource=\" + Esc(r)\n    + \"&username=\" + Esc(user)\n    + \"&password=\" + Esc(password)");
            text.SetValue(text.Pairs.First(p => p.Key == "grant_type"), "refresh_token");
            text.SetValue(text.Pairs.First(p => p.Key == "password"), Expr("Esc(rt)"));
            text.SetKey(text.Pairs.First(p => p.Key == "password"), "refresh_token");
            text.Remove(text.Pairs.First(p => p.Key == "username"));
            text.SetValue(text.Pairs.First(p => p.Key == "client_id"), Expr("appId"));
            text.InsertAfter(text.Pairs.First(p => p.Key == "client_id"), "client_secret", Expr("Esc(secret)"));
            Assert.Equal(
                "\"grant_type=refresh_token&client_id=\" + appId\n    + \"&client_secret=\" + Esc(secret)\n    + \"&resource=\" + Esc(r)\n    + \"&refresh_token=\" + Esc(rt)",
                text.Build().ToFullString());
        }

        [Fact]
        public void ConnectionString_RemovingValuesMergesLiterals()
        {
            KeyValueText text = Parse("\"Server=s;Database=d;Authentication=Active Directory Password;User ID=\"\n    + user + \";Password=\" + password + \";Encrypt=True\"", ';');
            foreach (var pair in text.Pairs.Reverse().Where(p => p.Key is "Authentication" or "User ID" or "Password").ToList())
            {
                text.Remove(pair);
            }

            Assert.Equal("\"Server=s;Database=d;Encrypt=True\"", text.Build().ToFullString());
        }

        [Fact]
        public void Literal_GainsAHole_BecomesInterpolated()
        {
            KeyValueText text = Parse("\"grant_type=password&username=u&password=p&client_id=c\"");
            text.SetValue(text.Pairs.First(p => p.Key == "grant_type"), "refresh_token");
            text.SetValue(text.Pairs.First(p => p.Key == "password"), Expr("Esc(rt)"));
            text.SetKey(text.Pairs.First(p => p.Key == "password"), "refresh_token");
            text.Remove(text.Pairs.First(p => p.Key == "username"));
            Assert.Equal("$\"grant_type=refresh_token&refresh_token={Esc(rt)}&client_id=c\"", text.Build().ToFullString());
        }
    }
}
