# source: https://github.com/mgajda83/PSMyClaims PSMyClaims/Invoke-PasswordToken.ps1 (Get-Credential, a request body
# source:   hashtable with Grant_Type = 'Password', a second hashtable for the request, Invoke-RestMethod @Request to the v2 endpoint)
Function Invoke-PasswordToken
{
    [CmdletBinding()]
    Param
    (
        [Parameter(Mandatory=$true)]
        [String]$TenantId,
        [Parameter(Mandatory=$true)]
        [String]$ClientId,
        [Parameter(Mandatory=$true)]
        [String]$ClientSecret,
        [Parameter(Mandatory=$true)]
        [String]$Scope
    )

    $Credential = Get-Credential

    $RequestBody = @{
        Grant_Type    = 'Password'
        Scope         = $Scope
        client_Id     = $ClientId
        Client_Secret = $ClientSecret
        Username      = $Credential.GetNetworkCredential().Username
        Password      = $Credential.GetNetworkCredential().Password
    }

    $Request = @{
        ContentType = 'application/x-www-form-urlencoded'
        Method = 'POST'
        Body = $RequestBody
        Uri = 'https://login.microsoftonline.com/{0}/oauth2/v2.0/token' -f $TenantId
    }

    $TokenResponse = {|CFA3002:Invoke-RestMethod @Request|}
    Return $TokenResponse
}
