# Helpers the provisioning jobs import. The account is excluded from conditional access "for now".

function Connect-TenantSite {
    param(
        [Parameter(Mandatory = $true)]
        [string]$Url
    )

    Connect-PnPOnline -Url $Url -AccessToken $env:SHAREPOINT_ACCESS_TOKEN
}

function Get-SiteOwners {
    param([string]$Url)

    Connect-TenantSite -Url $Url
    Get-PnPSiteCollectionAdmin | Select-Object Title, Email
}

Export-ModuleMember -Function Connect-TenantSite, Get-SiteOwners
