import React from 'react';
import { Navigation } from '@adminjs/design-system';
import { useCurrentAdmin, useTranslation, ViewHelpers } from 'adminjs';
import { useLocation, useNavigate } from 'react-router';

const h = new ViewHelpers();

/** AdminJS's list of pages, offering each person only the pages meant for them (admin/pages/audience.ts). */
const SidebarPages = ({ pages }: { pages?: Array<{ name: string; icon?: string }> }) => {
  const [currentAdmin] = useCurrentAdmin();
  const { translateLabel, translatePage } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const offered = (currentAdmin as { pages?: string[] } | null)?.pages ?? [];
  const shown = (pages ?? []).filter((page) => offered.includes(page.name));
  if (shown.length === 0) return null;
  return (
    <Navigation
      label={translateLabel('pages')}
      elements={shown.map((page) => ({
        id: page.name,
        label: translatePage(page.name),
        isSelected: Boolean(location.pathname.match(`/pages/${page.name}`)),
        icon: page.icon,
        href: h.pageUrl(page.name),
        onClick: (event: React.MouseEvent, element: { href?: string }) => {
          event.preventDefault();
          if (element.href) navigate(element.href);
        },
      }))}
    />
  );
};

export default SidebarPages;
