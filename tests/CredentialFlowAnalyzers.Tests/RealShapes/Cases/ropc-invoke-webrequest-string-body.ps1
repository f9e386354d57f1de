# source: https://github.com/d365collaborative/PSOAuthHelper (Invoke-PasswordGrant: an OAuth 2.0 password grant against
# source:   login.microsoftonline.com/common/oauth2/token with resource, client_id, username, password) in the string-body form
# source:   public scripts use: "grant_type=password&username=..." with Invoke-WebRequest -ContentType x-www-form-urlencoded
param (
    [Parameter(Mandatory = $true)] [string] $Resource,
    [Parameter(Mandatory = $true)] [string] $ClientId,
    [Parameter(Mandatory = $true)] [string] $Username,
    [Parameter(Mandatory = $true)] [string] $Password
)

$tokenUrl = "https://login.microsoftonline.com/common/oauth2/token"
$body = "grant_type=password&resource=$([uri]::EscapeDataString($Resource))&client_id=$ClientId&username=$([uri]::EscapeDataString($Username))&password=$([uri]::EscapeDataString($Password))&scope=openid"

$response = {|CFA3002:Invoke-WebRequest -Uri $tokenUrl -Method Post -Body $body -ContentType "application/x-www-form-urlencoded" -UseBasicParsing|}
($response.Content | ConvertFrom-Json).access_token
