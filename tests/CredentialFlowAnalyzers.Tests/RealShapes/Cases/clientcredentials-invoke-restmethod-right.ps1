# source: https://github.com/philspokas/my-rapp tests/apitest.ps1 (client credentials grant with a client secret to the
# source:   v1 token endpoint, then a call with the bearer token). App-only: no diagnostic.
param(
    [string] $TenantId,
    [string] $ClientId,
    [string] $ClientSecret,
    [string] $Resource
)

$RequestAccessTokenUri = "https://login.microsoftonline.com/$TenantId/oauth2/token"
$body = "grant_type=client_credentials&client_id=$ClientId&client_secret=$ClientSecret&resource=$Resource"
$Token = Invoke-RestMethod -Method Post -Uri $RequestAccessTokenUri -Body $body -ContentType 'application/x-www-form-urlencoded'

$Headers = @{}
$Headers.Add("Authorization", "$($Token.token_type) " + " " + "$($Token.access_token)")
Invoke-RestMethod -Method Get -Uri "https://contoso-api.azurewebsites.net/" -Headers $Headers
