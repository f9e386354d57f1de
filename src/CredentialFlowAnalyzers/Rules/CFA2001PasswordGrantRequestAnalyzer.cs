using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA2001: a token request asking for <c>grant_type=password</c>, found where the request is sent:
    /// <c>new FormUrlEncodedContent(...)</c> and <c>WebClient.UploadValues(...)</c> (key/value bodies),
    /// <c>new StringContent(...)</c>, <c>WebClient.UploadString(...)</c>, text written to an <c>HttpWebRequest</c> stream
    /// and RestSharp's <c>AddStringBody</c> (string bodies), RestSharp <c>AddParameter("grant_type", "password")</c>,
    /// IdentityModel's <c>PasswordTokenRequest</c> / <c>RequestPasswordTokenAsync</c>. A collection that is never
    /// passed to one of these is not reported. Reported once per request, at the <c>grant_type</c> entry or literal.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA2001PasswordGrantRequestAnalyzer : SingleRuleAnalyzer
    {
        /// <summary>Diagnostic property: the request shape (Form, String, ParameterCalls for RestSharp, RequestObject for IdentityModel), for the fix.</summary>
        public const string ShapeProperty = "Shape";

        public const string ShapeForm = "Form";
        public const string ShapeString = "String";
        public const string ShapeRestSharp = "ParameterCalls";
        public const string ShapeIdentityModel = "RequestObject";

        /// <summary>How messages name a body written to a request stream (a message text, not a type lookup).</summary>
        private const string RequestStreamSink = "HttpWebRequest.GetRequestStream";

        private static readonly ImmutableArray<OperationKind> SinkKinds = ImmutableArray.Create(OperationKind.ObjectCreation, OperationKind.Invocation);

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA2001PasswordGrantRequest;

        private protected override void Register(AnalysisContext context)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var types = new Types(KnownApiSymbols.For(start.Compilation));
                // Every body or entry reported says "password" (the grant type), except IdentityModel's request type.
                if (!types.Any || types.PasswordTokenRequest is null && !SourceMentions.AnyCase(start.Compilation, SourceMentions.Password))
                {
                    return;
                }

                // Entries are reported where they are written, which may be outside the sink's node but always in the
                // same member: collect per operation block and report at its end, once per location. Only members that
                // call or construct a sink (by name or type) are analyzed.
                SinkMembers.Register(start, SinkKinds, types.MayBeSink, block =>
                {
                    var reported = new BlockDiagnostics();
                    block.RegisterOperationAction(ctx => AnalyzeCreation(ctx, types, reported), OperationKind.ObjectCreation);
                    block.RegisterOperationAction(ctx => AnalyzeInvocation(ctx, types, reported), OperationKind.Invocation);
                    block.RegisterOperationBlockEndAction(end => reported.Flush(end));
                });
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, Types types, BlockDiagnostics reported)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            ITypeSymbol? type = creation.Type;
            if (type is null || creation.Arguments.Length == 0 && !Is(type, types.PasswordTokenRequest))
            {
                return;
            }

            // Sinks are named in messages after their type (never a value).
            if (Is(type, types.FormUrlEncodedContent))
            {
                ReportEntries(context, creation.Arguments[0].Value, types.FormUrlEncodedContent!.Name, reported);
            }
            else if (Is(type, types.StringContent))
            {
                ReportString(context, creation.Arguments[0].Value, types.StringContent!.Name, reported);
            }
            else if (Is(type, types.PasswordTokenRequest))
            {
                Report(context, creation, types.PasswordTokenRequest!.Name, ShapeIdentityModel, reported);
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, Types types, BlockDiagnostics reported)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol? owner = method.ContainingType;
            if (owner is null)
            {
                return;
            }

            KnownApiSymbols symbols = types.Symbols;
            if (Is(owner, types.WebClient))
            {
                if (symbols.Is(method, KnownMembers.WebClientUploadValues) && ValueFlow.ArgumentNamed(invocation.Arguments, "data") is { } values)
                {
                    ReportEntries(context, values, CatalogApiAnalyzer.DisplayName(method), reported);
                }
                else if (symbols.Is(method, KnownMembers.WebClientUploadString) && ValueFlow.ArgumentNamed(invocation.Arguments, "data") is { } data)
                {
                    ReportString(context, data, CatalogApiAnalyzer.DisplayName(method), reported);
                }

                return;
            }

            if ((symbols.Is(method, KnownMembers.EncodingGetBytes) || symbols.Is(method, KnownMembers.TextWriterWrite)) && types.WritesOneString(invocation))
            {
                // Text becomes a token request only when the method also opens a request stream; look for that last.
                if (FormBody.FindPasswordGrant(ValueFlow.StringPieces(invocation.Arguments[0].Value)) is { } segment && WritesToRequestStream(invocation, symbols))
                {
                    Report(context, At(segment.Source, invocation.Arguments[0].Value, context), RequestStreamSink, ShapeString, reported);
                }

                return;
            }

            if (symbols.Is(method, KnownMembers.RestSharpAddParameter) || symbols.Is(method, KnownMembers.RestSharpAddQueryParameter) || symbols.Is(method, KnownMembers.RestSharpAddStringBody))
            {
                AnalyzeRestSharp(context, invocation, types, reported);
                return;
            }

            // The library's own password grant (IdentityModel's RequestPasswordTokenAsync, catalog rows of this rule).
            if (symbols.TryGet(method, Descriptors.CFA2001PasswordGrantRequest.Id, out _))
            {
                // The request object is reported where it is created; report the call only when that is elsewhere
                // (or when there is no request object: TokenClient.RequestPasswordTokenAsync(userName, password, ...)).
                IOperation? request = ValueFlow.ArgumentNamed(invocation.Arguments, "request");
                if (request is null || ValueFlow.Origin(request) is not IObjectCreationOperation)
                {
                    Report(context, invocation, CatalogApiAnalyzer.DisplayName(method), ShapeIdentityModel, reported);
                }
            }
        }

        private static void AnalyzeRestSharp(OperationAnalysisContext context, IInvocationOperation invocation, Types types, BlockDiagnostics reported)
        {
            KnownApiSymbols symbols = types.Symbols;
            string sink = types.RestRequest?.Name ?? invocation.TargetMethod.ContainingType.Name;
            if (symbols.Is(invocation.TargetMethod, KnownMembers.RestSharpAddParameter) || symbols.Is(invocation.TargetMethod, KnownMembers.RestSharpAddQueryParameter))
            {
                IOperation? key = ValueFlow.ArgumentNamed(invocation.Arguments, "name");
                IOperation? value = ValueFlow.ArgumentNamed(invocation.Arguments, "value");
                if (key is null || value is null)
                {
                    return;
                }

                var entry = new KeyValueEntry(key, value, invocation);
                if (FormBody.IsPasswordGrant(entry))
                {
                    Report(context, invocation, sink, ShapeRestSharp, reported);
                }
                else if (invocation.Arguments.Any(a => symbols.IsType(a.Parameter?.Type, KnownTypes.RestSharpParameterType)))
                {
                    // AddParameter(contentType, "grant_type=password&...", ParameterType.RequestBody)
                    ReportString(context, value, sink, reported);
                }
            }
            else if (ValueFlow.ArgumentNamed(invocation.Arguments, "body") is { } body)
            {
                ReportString(context, body, sink, reported);
            }
        }

        private static void ReportEntries(OperationAnalysisContext context, IOperation collection, string sink, BlockDiagnostics reported)
        {
            foreach (KeyValueEntry entry in ValueFlow.Entries(collection))
            {
                if (FormBody.IsPasswordGrant(entry))
                {
                    Report(context, At(entry.Node, collection, context), sink, ShapeForm, reported);
                    return;
                }
            }
        }

        private static void ReportString(OperationAnalysisContext context, IOperation body, string sink, BlockDiagnostics reported)
        {
            if (FormBody.FindPasswordGrant(ValueFlow.StringPieces(body)) is { } segment)
            {
                Report(context, At(segment.Source, body, context), sink, ShapeString, reported);
            }
        }

        /// <summary>
        /// Where to report a body: the piece or entry holding the grant when it is in the analyzed member, else (a field
        /// initialized or built in a constructor elsewhere in the type) the body passed to the sink, so the diagnostic
        /// stays local to the member that sends it.
        /// </summary>
        private static IOperation At(IOperation grant, IOperation body, OperationAnalysisContext context)
        {
            SyntaxNode member = ValueFlow.Root(context.Operation).Syntax;
            SyntaxNode at = grant.Syntax;
            return at.SyntaxTree == member.SyntaxTree && member.Span.Contains(at.Span) ? grant : ValueFlow.Unwrap(body);
        }

        private static void Report(OperationAnalysisContext context, IOperation at, string sink, string shape, BlockDiagnostics reported)
        {
            SyntaxNode syntax = at.Syntax;
            if (syntax.SyntaxTree == context.Operation.Syntax.SyntaxTree)
            {
                reported.Add(Diagnostic.Create(
                    Descriptors.CFA2001PasswordGrantRequest,
                    syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, shape),
                    sink));
            }
        }

        /// <summary>True when the method writing the text also opens a <c>WebRequest</c> request stream.</summary>
        private static bool WritesToRequestStream(IOperation operation, KnownApiSymbols symbols) =>
            ValueFlow.Root(operation).Descendants().Any(o => o is IInvocationOperation call && symbols.Is(call.TargetMethod, KnownMembers.WebRequestGetRequestStream));

        private static bool Is(ITypeSymbol type, INamedTypeSymbol? expected) => expected != null && KnownApiSymbols.IsOrInherits(type, expected);

        /// <summary>The sink types and method names, resolved once per compilation.</summary>
        private sealed class Types
        {
            /// <summary>Every name a sink method can have besides text writes: WebClient uploads, RestSharp parameters, the catalog rows.</summary>
            private readonly HashSet<string> _sinkMethodNames;

            /// <summary>The names of <c>Encoding.GetBytes</c> and <c>TextWriter.Write</c>: common names, tested further.</summary>
            private readonly HashSet<string> _textWriteNames;

            public Types(KnownApiSymbols symbols)
            {
                Symbols = symbols;
                _sinkMethodNames = new HashSet<string>(
                    new[] { KnownMembers.WebClientUploadValues, KnownMembers.WebClientUploadString, KnownMembers.RestSharpAddParameter, KnownMembers.RestSharpAddQueryParameter, KnownMembers.RestSharpAddStringBody }
                        .SelectMany(member => member.Names)
                        .Concat(symbols.MemberNames(Descriptors.CFA2001PasswordGrantRequest.Id)));
                _textWriteNames = new HashSet<string>(KnownMembers.EncodingGetBytes.Names.Concat(KnownMembers.TextWriterWrite.Names));
                FormUrlEncodedContent = symbols.GetType(KnownTypes.FormUrlEncodedContent);
                StringContent = symbols.GetType(KnownTypes.StringContent);
                WebClient = symbols.GetType(KnownTypes.WebClient);
                WebRequest = symbols.GetType(KnownTypes.WebRequest);
                RestRequest = symbols.GetType(KnownTypes.RestSharpRestRequest);
                PasswordTokenRequest = symbols.GetType(KnownTypes.IdentityModelPasswordTokenRequest);
                Any = FormUrlEncodedContent != null || StringContent != null || WebClient != null || WebRequest != null || RestRequest != null || PasswordTokenRequest != null;
            }

            public KnownApiSymbols Symbols { get; }

            public INamedTypeSymbol? FormUrlEncodedContent { get; }

            public INamedTypeSymbol? StringContent { get; }

            public INamedTypeSymbol? WebClient { get; }

            public INamedTypeSymbol? WebRequest { get; }

            public INamedTypeSymbol? RestRequest { get; }

            public INamedTypeSymbol? PasswordTokenRequest { get; }

            public bool Any { get; }

            /// <summary>
            /// The cheap test every call and construction goes through: a construction of a sink type, or a call by a
            /// sink method's name (what every report of the member analysis starts from).
            /// </summary>
            public bool MayBeSink(IOperation operation) => operation switch
            {
                IInvocationOperation invocation => _sinkMethodNames.Contains(invocation.TargetMethod.Name) || _textWriteNames.Contains(invocation.TargetMethod.Name) && WritesOneString(invocation) && IsTextWrite(invocation.TargetMethod),
                IObjectCreationOperation { Type: { } type } => Is(type, FormUrlEncodedContent) || Is(type, StringContent) || Is(type, PasswordTokenRequest),
                _ => false,
            };

            /// <summary>
            /// <c>Encoding.GetBytes</c> and <c>TextWriter.Write</c> carry a request body only as one string, and only where
            /// <c>WebRequest</c> exists (common names: tested here so ordinary writers are not analyzed).
            /// </summary>
            public bool WritesOneString(IInvocationOperation invocation) =>
                invocation.Arguments.Length == 1 && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String && WebRequest != null;

            private bool IsTextWrite(IMethodSymbol method) => Symbols.Is(method, KnownMembers.EncodingGetBytes) || Symbols.Is(method, KnownMembers.TextWriterWrite);
        }
    }
}
