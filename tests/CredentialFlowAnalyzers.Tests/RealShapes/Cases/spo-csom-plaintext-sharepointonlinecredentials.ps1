# source: https://github.com/alexverboon/posh Office365/wip/folders.ps1 (CSOM from PowerShell: Add-Type the client DLLs,
# source:   convertto-securestring "..." -asplaintext -force, New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials)
Add-Type -Path "C:\Program Files\Common Files\Microsoft Shared\Web Server Extensions\16\ISAPI\Microsoft.SharePoint.Client.dll"
Add-Type -Path "C:\Program Files\Common Files\Microsoft Shared\Web Server Extensions\16\ISAPI\Microsoft.SharePoint.Client.Runtime.dll"

$SPOUser = "admin@contoso.onmicrosoft.com"
# Uses a hardcoded password, use only during test/lab:
$SPOPassword = {|CFA3003:convertto-securestring "Lab2016!" -asplaintext -force|}
$SiteURL = "https://contoso.sharepoint.com"

$Context = New-Object Microsoft.SharePoint.Client.ClientContext($SiteURL)
$Credentials = {|CFA3002:New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($SPOUser,$SPOPassword)|}
$Context.RequestTimeout = 16384000
$Context.Credentials = $Credentials
$Context.ExecuteQuery()
