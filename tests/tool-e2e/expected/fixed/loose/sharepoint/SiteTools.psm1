# Helpers the provisioning jobs import. The account is excluded from conditional access "for now".

function Connect-TenantSite {
    param(
        [Parameter(Mandatory = $true)]
        [string]$Url
    )

    Connect-PnPOnline -Url $Url -ClientId $env:SECUREAPP__CLIENTID -Tenant $env:SECUREAPP__TENANTID -Thumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT
}

function Get-SiteOwners {
    param([string]$Url)

    Connect-TenantSite -Url $Url
    Get-PnPSiteCollectionAdmin | Select-Object Title, Email
}

Export-ModuleMember -Function Connect-TenantSite, Get-SiteOwners
