import { useState } from 'react';
import { isSafeImageUrl } from './safeUrl';
import type { TrackingOrganization } from './types';

/** The tenant's name and logo on its brand colour (text colour picked for contrast). */
export function TrackingHeader({ organization }: { organization: TrackingOrganization }) {
  const [logoFailed, setLogoFailed] = useState(false);
  const showLogo = isSafeImageUrl(organization.logoUrl) && !logoFailed;
  return (
    <header className="tp-header">
      <div className="tp-header__inner">
        {showLogo && (
          <span className="tp-header__logo">
            {/* Decorative: the name is written right beside it. */}
            <img src={organization.logoUrl ?? ''} alt="" referrerPolicy="no-referrer" onError={() => setLogoFailed(true)} />
          </span>
        )}
        <p className="tp-header__name">{organization.name}</p>
      </div>
    </header>
  );
}
