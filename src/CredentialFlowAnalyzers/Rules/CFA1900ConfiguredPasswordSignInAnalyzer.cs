using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA1900: calls to methods the user lists in <c>cfa.password_sign_in_methods</c> (documentation comment ids of
    /// their own wrappers around a password sign-in, or of a vendor API the catalog lacks). The option is read with
    /// <see cref="AnalyzerConfigOptions"/> per syntax tree; each distinct value is resolved to symbols once per compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1900ConfiguredPasswordSignInAnalyzer : SingleRuleAnalyzer
    {
        internal const string Option = "password_sign_in_methods";

        private static readonly DiagnosticDescriptor SignInRule = Descriptors.CFA1900ConfiguredPasswordSignIn;

        private protected override DiagnosticDescriptor Rule => SignInRule;

        private protected override void Register(AnalysisContext context)
        {
            context.RegisterCompilationStartAction(start =>
            {
                if (!CfaOptions.IsSetAnywhere(start.Options, start.Compilation, SignInRule.Id, Option))
                {
                    return;
                }

                // Every value configured for a tree, resolved once: a call whose name no configured method has is
                // rejected before its tree's value is looked up.
                Compilation compilation = start.Compilation;
                var resolved = new ConcurrentDictionary<string, Configured>();
                var anyName = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (SyntaxTree tree in compilation.SyntaxTrees)
                {
                    if (CfaOptions.GetString(start.Options, tree, SignInRule.Id, Option) is { } value && !resolved.ContainsKey(value))
                    {
                        var configured = new Configured(Resolve(value, compilation));
                        resolved[value] = configured;
                        anyName.UnionWith(configured.Names);
                    }
                }

                if (anyName.Count == 0)
                {
                    return;
                }

                var perTree = new ConcurrentDictionary<SyntaxTree, Configured?>();
                start.RegisterOperationAction(
                    ctx => Analyze(ctx, compilation, anyName, resolved, perTree),
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation);
            });
        }

        /// <summary>The methods one option value names, and their names (the cheap first test for every call).</summary>
        private sealed class Configured
        {
            public Configured(ImmutableHashSet<ISymbol> symbols)
            {
                Symbols = symbols;
                ImmutableHashSet<string>.Builder names = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
                foreach (ISymbol symbol in symbols)
                {
                    names.Add(symbol.Name);
                }

                Names = names.ToImmutable();
            }

            public ImmutableHashSet<ISymbol> Symbols { get; }

            public ImmutableHashSet<string> Names { get; }
        }

        /// <summary>The option is read once per syntax tree (null: not set) and each distinct value resolved once per compilation.</summary>
        private static Configured? ForTree(OperationAnalysisContext context, Compilation compilation, ConcurrentDictionary<string, Configured> resolved, ConcurrentDictionary<SyntaxTree, Configured?> perTree)
        {
            SyntaxTree tree = context.Operation.Syntax.SyntaxTree;
            if (perTree.TryGetValue(tree, out Configured? configured))
            {
                return configured;
            }

            string? value = CfaOptions.GetString(context.Options, tree, SignInRule.Id, Option);
            if (value is null)
            {
                configured = null;
            }
            else if (!resolved.TryGetValue(value, out configured))
            {
                configured = resolved.GetOrAdd(value, new Configured(Resolve(value, compilation)));
            }

            return perTree.GetOrAdd(tree, configured);
        }

        private static void Analyze(OperationAnalysisContext context, Compilation compilation, HashSet<string> anyName, ConcurrentDictionary<string, Configured> resolved, ConcurrentDictionary<SyntaxTree, Configured?> perTree)
        {
            IMethodSymbol? method = context.Operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };

            if (method is null || !anyName.Contains(method.Name))
            {
                return;
            }

            Configured? configured = ForTree(context, compilation, resolved, perTree);
            if (configured is null || !configured.Names.Contains(method.Name) || !Matches(method, configured.Symbols))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(SignInRule, context.Operation.Syntax.GetLocation(), CatalogApiAnalyzer.DisplayName(method)));
        }

        private static bool Matches(IMethodSymbol method, ImmutableHashSet<ISymbol> configured)
        {
            for (IMethodSymbol? current = method; current != null; current = current.OverriddenMethod)
            {
                if (configured.Contains(current.OriginalDefinition)
                    || (current.ReducedFrom is { } reducedFrom && configured.Contains(reducedFrom.OriginalDefinition)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Entries are documentation comment ids (<c>M:Ns.Type.Method(System.String,System.String)</c>). Without a
        /// parameter list every overload of that name matches; the <c>M:</c> prefix may be left out. Constructors are
        /// written <c>M:Ns.Type..ctor(...)</c> (their metadata name), because <c>#</c> starts a comment in
        /// .editorconfig; <c>#ctor</c> is accepted too. Entries that do not resolve are ignored.
        /// </summary>
        internal static ImmutableHashSet<ISymbol> Resolve(string value, Compilation compilation)
        {
            ImmutableHashSet<ISymbol>.Builder builder = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
            foreach (string raw in CfaOptions.SplitDocIds(value))
            {
                string id = (raw.StartsWith("M:", System.StringComparison.Ordinal) ? raw : "M:" + raw).Replace("..ctor", ".#ctor");
                if (id.IndexOf('(') >= 0 || id.EndsWith(")", System.StringComparison.Ordinal))
                {
                    foreach (ISymbol symbol in KnownApiSymbols.ResolveDeclarationId(id, compilation))
                    {
                        if (symbol is IMethodSymbol)
                        {
                            builder.Add(symbol.OriginalDefinition);
                        }
                    }

                    continue;
                }

                int dot = id.LastIndexOf('.');
                if (dot <= 2)
                {
                    continue;
                }

                string name = id.Substring(dot + 1);
                foreach (ISymbol type in KnownApiSymbols.ResolveDeclarationId("T:" + id.Substring(2, dot - 2), compilation))
                {
                    foreach (ISymbol member in ((INamespaceOrTypeSymbol)type).GetMembers(name == "#ctor" ? ".ctor" : name))
                    {
                        if (member is IMethodSymbol)
                        {
                            builder.Add(member.OriginalDefinition);
                        }
                    }
                }
            }

            return builder.ToImmutable();
        }
    }
}
