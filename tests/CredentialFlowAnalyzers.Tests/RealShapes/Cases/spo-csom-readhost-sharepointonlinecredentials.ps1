# source: https://github.com/arun3185-gmail-com/DevEx.PowerShell PS_CSOM_Workshop.ps1 (typed variables, Read-Host
# source:   -AsSecureString, New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($Username , $Password))
Import-Module "C:\NuGet\microsoft.sharepointonline.csom.16.1.7414.1200\lib\net45\Microsoft.SharePoint.Client.dll"
Import-Module "C:\NuGet\microsoft.sharepointonline.csom.16.1.7414.1200\lib\net45\Microsoft.SharePoint.Client.Runtime.dll"

[string] $Username = "someone@contoso.com"
[SecureString] $Password = Read-Host "Enter Password for $($Username)" -AsSecureString
[string] $SiteUrl   = "https://contoso.sharepoint.com/sites/10426"

$context = New-Object Microsoft.SharePoint.Client.ClientContext($SiteUrl)
$credentials = {|CFA3002:New-Object -TypeName Microsoft.SharePoint.Client.SharePointOnlineCredentials -ArgumentList $Username, $Password|}
$context.Credentials = $credentials

$web = $context.Web
$context.Load($web)
$context.ExecuteQuery()
