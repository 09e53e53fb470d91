// The components an office may replace (src/site/integrations/office-components.ts): each takes the
// props of the site's own.
declare module 'virtual:pcc-publisher/components/Header' {
  const Header: typeof import('./components/Header.astro').default;
  export default Header;
}
declare module 'virtual:pcc-publisher/components/Footer' {
  const Footer: typeof import('./components/Footer.astro').default;
  export default Footer;
}
// The site's components an office's own may use.
declare module 'virtual:pcc-publisher/components/ContactDetails' {
  const ContactDetails: typeof import('./components/ContactDetails.astro').default;
  export default ContactDetails;
}
declare module 'virtual:pcc-publisher/components/Signposts' {
  const Signposts: typeof import('./components/Signposts.astro').default;
  export default Signposts;
}
