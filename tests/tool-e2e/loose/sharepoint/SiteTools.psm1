# Helpers the provisioning jobs import. The account is excluded from conditional access "for now".

function Connect-TenantSite {
    param(
        [Parameter(Mandatory = $true)]
        [string]$Url
    )

    $password = ConvertTo-SecureString 'Spring2021!' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential('provisioning@contoso.onmicrosoft.com', $password)
    Connect-PnPOnline -Url $Url -Credentials $cred
}

function Get-SiteOwners {
    param([string]$Url)

    Connect-TenantSite -Url $Url
    Get-PnPSiteCollectionAdmin | Select-Object Title, Email
}

Export-ModuleMember -Function Connect-TenantSite, Get-SiteOwners
