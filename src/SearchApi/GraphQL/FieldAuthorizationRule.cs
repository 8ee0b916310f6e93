using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// Enforces the <c>AuthorizeWithPolicy</c> metadata of fields (GraphQL.NET records it but does not enforce it):
/// every selected field's policies are asked of <see cref="IAuthorizationService"/>, and a refusal fails the
/// document with a <c>FORBIDDEN</c> error naming the field and the scope, before anything runs.
/// </summary>
internal sealed class FieldAuthorizationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    sealed class Visitor : INodeVisitor
    {
        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is not GraphQLField field || context.TypeInfo.GetFieldDef() is not { } definition)
                return;
            if (definition.GetPolicies() is not { Count: > 0 } policies)
                return;
            var authorization = (context.RequestServices
                ?? throw new InvalidOperationException("The GraphQL request was executed without RequestServices."))
                .GetRequiredService<IAuthorizationService>();
            var user = context.User ?? new ClaimsPrincipal(new ClaimsIdentity());
            foreach (var policy in policies)
            {
                if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded)
                {
                    context.ReportError(
                        new ForbiddenFieldError(context.Document.Source, field, definition.Name, policy));
                    return;
                }
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
